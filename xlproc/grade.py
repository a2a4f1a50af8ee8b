"""The post grade A/B/C from the count and severity of its points and the powers its duties name."""

from __future__ import annotations

from dataclasses import dataclass

from xlproc.config import Grading

_ORDER = {"A": 3, "B": 2, "C": 1}


@dataclass(frozen=True)
class GradeResult:
    grade: str
    reason: str
    score: int
    n1: int
    n2: int
    n3: int


def grade_post(
    levels: list[str | None], duty_texts: list[tuple[str, str]], g: Grading
) -> GradeResult:
    """Apply DESIGN §4: points first, then powers; the highest wins and its reason is kept.

    ``duty_texts`` are (label, text) pairs such as ("分管工作", "负责办公用品采购"); the label
    names the field in the reason: 分管工作含“采购” → A.
    """
    names = list(g.level_points)  # Ⅰ级, Ⅱ级, Ⅲ级 in order
    counts = [levels.count(name) for name in names]
    n1, n2, n3 = counts
    score = sum(g.level_points[name] * c for name, c in zip(names, counts, strict=True))
    if g.a_min_level1 and n1 >= g.a_min_level1:
        by_points, why = "A", f"含{names[0]}风险点{n1}个"
    elif score >= g.a_min_score:
        by_points, why = "A", f"风险分值{score}≥{g.a_min_score}"
    elif g.b_min_level2 and n2 >= g.b_min_level2:
        by_points, why = "B", f"含{names[1]}风险点{n2}个"
    elif score >= g.b_min_score:
        by_points, why = "B", f"风险分值{score}≥{g.b_min_score}"
    else:
        by_points, why = "C", f"风险分值{score}"
    reasons = {by_points: [f"{why} → {by_points}"]}
    whole = "\n".join(text for _label, text in duty_texts)  # (one look for words in none)
    for grade, words in (("A", g.a_powers), ("B", g.b_powers)):
        hit = next(
            (
                (label, w)
                for w in words
                if w and w in whole
                for label, text in duty_texts
                if w in text
            ),
            None,
        )
        if hit:
            reasons.setdefault(grade, []).append(f"{hit[0]}含“{hit[1]}” → {grade}")
            break
    best = max(reasons, key=lambda k: _ORDER[k])
    return GradeResult(best, ";".join(reasons[best]), score, n1, n2, n3)
