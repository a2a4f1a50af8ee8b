"""generate → fill (as staff would, inserting rows) → collect gives back exactly what was filled."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlproc.collect import collect_inbox
from xlproc.fill import Entry, fill_workbook
from xlproc.roster import Person
from xlproc.templates import build_outbox

CJK = "岗位职责风险点审批采购公文会议检查监督接待资金档案违规泄露信息管理制度执行不严宴请礼品收受"
TEXT = (
    st.text(alphabet=CJK + "ABCxyz0123456789、,;()", min_size=1, max_size=24)
    .map(str.strip)
    .filter(bool)
)
LEVELS = {
    "Ⅰ级": ["Ⅰ级", "1", "一级", "高", "I"],
    "Ⅱ级": ["Ⅱ级", "2", "II级", "中"],
    "Ⅲ级": ["Ⅲ级", "3", "三级", "低"],
}
TYPES = {
    "思想道德风险": ["思想道德", "思想道德类"],
    "制度机制风险": ["制度机制风险", "制度"],
    "岗位职责风险": ["岗位职责"],
}


@st.composite
def risk_row(draw):
    level = draw(st.sampled_from(sorted(LEVELS)))
    typ = draw(st.sampled_from(sorted(TYPES)))
    return {
        "duty": draw(TEXT), "workflow": draw(TEXT), "risk_point": draw(TEXT),
        "risk_type": draw(st.sampled_from(TYPES[typ])), "risk_level": draw(st.sampled_from(LEVELS[level])),
        "measures": draw(TEXT), "_level": level, "_type": typ,
    }  # fmt: skip


@st.composite
def office(draw):
    n = draw(st.integers(1, 3))
    tiers = draw(st.lists(st.sampled_from(["leader", "middle", "general"]), min_size=n, max_size=n))
    people = [
        Person(
            "测试局", "领导班子" if t == "leader" else "办公室", f"人员{i}", "科员", t, "", i + 2
        )
        for i, t in enumerate(tiers)
    ]
    # up to 11 rows: more than the 8 drawn, so rows get inserted
    rows = {p.person: draw(st.lists(risk_row(), min_size=0, max_size=11)) for p in people}
    major = {
        p.person: draw(st.lists(risk_row(), max_size=5)) if p.tier == "leader" else []
        for p in people
    }
    return people, rows, major


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(office())
def test_generate_fill_collect_roundtrip(tmp_path_factory, case):
    people, rows, major = case
    tmp = tmp_path_factory.mktemp("rt")
    outbox, inbox = tmp / "out", tmp / "inbox"
    for src in build_outbox(people, outbox):
        entries = {}
        for p in people:
            if p.department == src.stem:
                clean = [
                    {k: v for k, v in r.items() if not k.startswith("_")} for r in rows[p.person]
                ]
                mclean = [
                    {k: v for k, v in r.items() if not k.startswith("_") and k != "workflow"}
                    for r in major[p.person]
                ]
                entries[p.person] = Entry(rows=clean, major_rows=mclean, declared="B")
        fill_workbook(src, inbox / src.relative_to(outbox), entries)
    res = collect_inbox([inbox], jobs=1)
    assert sorted(res.posts["person"]) == sorted(p.person for p in people)
    for p in people:
        got = res.risks[res.risks["person"] == p.person]
        want = rows[p.person] + major[p.person]
        assert got["risk_point"].tolist() == [r["risk_point"] for r in want]
        assert got["risk_level"].tolist() == [r["_level"] for r in want]
        assert got["risk_type"].tolist() == [r["_type"] for r in want]
        assert got["measures"].tolist() == [r["measures"] for r in want]
        sections = ["三重一大"] * len(major[p.person])
        assert got["section"].tolist()[len(rows[p.person]) :] == sections
    c = res.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"]
    assert c["risks"] == sum(len(v) for v in rows.values()) + sum(len(v) for v in major.values())
    assert set(res.issues["code"]) <= {"GRADE_MISMATCH", "FORM_EMPTY"}
    assert Path(inbox).exists()
