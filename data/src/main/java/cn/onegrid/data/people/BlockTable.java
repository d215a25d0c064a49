package cn.onegrid.data.people;

import java.util.List;

/**
 * A committee's blocks (micro-grids) × the week's 84 two-hour slots: who covers each block when.
 *
 * @param blocks in code order
 */
public record BlockTable(String committee, List<Block> blocks) {

  public BlockTable {
    blocks = List.copyOf(blocks);
  }

  /**
   * One block's week.
   *
   * @param cells 84, Monday 00–02 first
   * @param uncoveredSlots how many cells nobody covers
   */
  public record Block(String code, String name, List<Cell> cells, int uncoveredSlots) {}

  /**
   * Who covers a block in a slot.
   *
   * @param posts the posts on duty then whose area shares ground with the block, by code
   * @param people the names of who serves them then, sorted
   */
  public record Cell(List<String> posts, List<String> people) {
    static final Cell NOBODY = new Cell(List.of(), List.of());

    public boolean covered() {
      return !posts.isEmpty();
    }
  }

  /**
   * A slot with uncovered blocks.
   *
   * @param uncoveredBlocks how many of the committee's blocks nobody covers then
   */
  public record WeakSlot(int weekday, int startHour, int uncoveredBlocks) {}

  /** The slots with the most uncovered blocks, up to {@code n}, week order among equals. */
  public List<WeakSlot> weakest(int n) {
    int[] uncovered = new int[WeekSlots.COUNT];
    for (Block b : blocks) {
      for (int i = 0; i < WeekSlots.COUNT; i++) {
        uncovered[i] += b.cells().get(i).covered() ? 0 : 1;
      }
    }
    return java.util.stream.IntStream.range(0, WeekSlots.COUNT)
        .filter(i -> uncovered[i] > 0)
        .boxed()
        .sorted((a, b) -> uncovered[b] != uncovered[a] ? uncovered[b] - uncovered[a] : a - b)
        .limit(n)
        .map(i -> new WeakSlot(WeekSlots.weekday(i), WeekSlots.startHour(i), uncovered[i]))
        .toList();
  }
}
