// 值守查询框的中文文字。
export default {
  'onduty.day': '星期',
  'onduty.hour': '时段',
  'onduty.posts': '在岗联勤岗 {count} 个',
  'onduty.uncovered': '无人覆盖的微网格 {count} 个',
  'onduty.nobody': '无人值守',
  'onduty.more': '……另有 {count} 个（见地图）',
};
