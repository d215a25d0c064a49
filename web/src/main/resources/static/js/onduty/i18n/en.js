// The English text of the on-duty box.
export default {
  'onduty.day': 'Weekday',
  'onduty.hour': 'Two hours',
  'onduty.posts': '{count} post(s) on duty',
  'onduty.uncovered': '{count} micro-grid(s) nobody covers',
  'onduty.nobody': 'nobody serving',
  'onduty.more': '… and {count} more (on the map)',
};
