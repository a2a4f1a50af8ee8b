"""One order of units and 科室 for every sheet we write (岗位档案, 风险点明细, 汇总, 公示, 报送情况).

With a roster it is the roster's order (first appearance of each unit and 科室 in the file);
without one, units in the order their files were read and, within a unit, 领导班子 first and
then the 科室 in the order they first appear. 科室 found in the returns but not in the roster
follow the roster's, in the same way.
"""

from __future__ import annotations

LEADERS = "领导班子"
TIER_ORDER = ["领导岗位", "中层岗位", "一般岗位"]
TIER_RANK = {t: i for i, t in enumerate(TIER_ORDER)}


class DeptOrder:
    """Ranks (unit, 科室) pairs; ``key(unit, dept)`` sorts them."""

    def __init__(self, roster=None, posts=None):
        self._units: dict[str, int] = {}
        self._depts: dict[tuple[str, str], int] = {}
        self._by_name: dict[str, int] = {}  # 科室 → roster rank, for rows that carry no unit
        for p in roster or ():
            self._add(p.unit, p.department)
            self._by_name.setdefault(p.department, len(self._by_name))
        if posts is not None and len(posts):
            seen = list(dict.fromkeys(zip(posts["unit"], posts["department"], strict=True)))
            leaders = [(u, d) for u, d in seen if d == LEADERS]
            for u, d in leaders + [x for x in seen if x not in leaders]:
                self._add(u, d)

    def _add(self, unit: str, dept: str) -> None:
        self._units.setdefault(unit, len(self._units))
        self._depts.setdefault((unit, dept), len(self._depts))

    def key(self, unit: str, dept: str) -> tuple[int, int]:
        big = 1 << 30
        return self._units.get(unit, big), self._depts.get((unit, dept), big)

    def dept_key(self, dept: str) -> int:
        """Rank of a 科室 named without its unit (报送情况, 催报)."""
        if dept in self._by_name:
            return self._by_name[dept]
        ranks = [rank for (_u, d), rank in self._depts.items() if d == dept]
        return len(self._by_name) + (min(ranks) if ranks else 1 << 30)

    def sort(self, df, then: list[str] | None = None):
        """``df`` (with unit and department columns) in this order, then by ``then``; stable."""
        if not len(df):
            return df
        keys = [self.key(u, d) for u, d in zip(df["unit"], df["department"], strict=True)]
        tmp = df.assign(_u=[k[0] for k in keys], _d=[k[1] for k in keys])
        return tmp.sort_values(["_u", "_d", *(then or [])], kind="stable").drop(
            columns=["_u", "_d"]
        )


def dept_order(result) -> DeptOrder:
    """The order for a collect result: its roster's, else 领导班子 first then first appearance."""
    return DeptOrder(getattr(result, "roster", None), result.posts)
