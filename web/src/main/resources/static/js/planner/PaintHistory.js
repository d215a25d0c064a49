// Undo and redo of painting: each stroke's resulting set of painted micro-grids.

export class PaintHistory {
  /** initial: the Set painted when the post was chosen. */
  constructor(initial = new Set()) {
    this._done = [new Set(initial)];
    this._undone = [];
  }

  /** The painted set now (a copy: callers may change it freely). */
  get current() {
    return new Set(this._done[this._done.length - 1]);
  }

  get canUndo() {
    return this._done.length > 1;
  }

  get canRedo() {
    return this._undone.length > 0;
  }

  /** Records a stroke: codes painted (paint true) or wiped; returns the new set. */
  apply(codes, paint) {
    const next = this.current;
    codes.forEach((code) => (paint ? next.add(code) : next.delete(code)));
    this._done.push(next);
    this._undone = [];
    return this.current;
  }

  undo() {
    if (this.canUndo) {
      this._undone.push(this._done.pop());
    }
    return this.current;
  }

  redo() {
    if (this.canRedo) {
      this._done.push(this._undone.pop());
    }
    return this.current;
  }
}
