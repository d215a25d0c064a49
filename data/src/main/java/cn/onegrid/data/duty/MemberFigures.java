package cn.onegrid.data.duty;

/** One member's month: duties kept, points, whether they keep the rule. */
public record MemberFigures(long person, String name, int duties, int points, boolean compliant) {}
