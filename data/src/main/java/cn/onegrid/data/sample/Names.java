package cn.onegrid.data.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The made-up vocabulary of the sample data. Every name of a person, liaison, partner or team ends
 * in {@link #MARK} so that nobody can take it for a real one.
 */
final class Names {

  /** Appended to every made-up name: "(example)". */
  static final String MARK = "（示例）";

  static final List<String> SURNAMES =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
          "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "沈", "顾");

  static final List<String> GIVEN_NAMES =
      List.of(
          "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
          "霞", "平", "刚", "桂英", "建华", "建国", "国强", "志明", "海燕", "丽华", "晓东", "春梅", "雪梅", "文杰", "玉兰",
          "慧敏", "佳怡", "子涵", "浩然", "雨轩", "俊杰", "嘉怡");

  static final List<String> TOWN_LEADERS =
      List.of(
          "镇党委书记", "镇长", "镇党委副书记", "镇人大主席", "常务副镇长", "副镇长", "镇纪委书记", "镇党委组织委员", "镇党委宣传委员", "镇武装部长");

  static final List<String> TOWN_DEPARTMENTS =
      List.of(
          "镇城运中心",
          "镇党建办",
          "镇社区服务办",
          "镇平安办",
          "镇城建中心",
          "镇社区事务受理中心",
          "镇网格化管理中心",
          "镇市场监管所",
          "镇综合治理办",
          "镇文化服务中心",
          "镇卫生健康办",
          "镇规划建设办");

  static final List<String> INTERESTS = List.of("智力", "健身", "文艺", "创业", "手工");

  static final List<String> CO_BUILDING_UNITS =
      List.of("示例医院", "示例派出所", "示例中学", "示例物业公司", "示例商场", "示例银行支行", "示例消防救援站");

  static final List<String> AGENCIES = List.of("区示例局", "区示例委", "镇示例事业单位", "区示例中心");

  private Names() {}

  static String person(SplittableRandom random) {
    return pick(SURNAMES, random) + pick(GIVEN_NAMES, random) + MARK;
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
