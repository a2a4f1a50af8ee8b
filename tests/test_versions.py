"""Versions of the same form: the newer file counts, the older is listed as replaced."""

import csv
import os
import shutil

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from xlproc.cli import main
from xlproc.collect import collect_inbox
from xlproc.resources import data_dir
from xlproc.versions import FileVersion, form_key, name_level, newer, resolve

SAMPLES = data_dir("samples")
DAY = 86400


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _samples(dest):
    dest.mkdir(parents=True)
    for f in (SAMPLES / "inbox").iterdir():
        if f.suffix in (".xlsx", ".xls") and not f.name.startswith("~$"):
            shutil.copy2(f, dest / f.name)
    return dest


def _collect(inbox, out, *extra):
    args = ["collect", str(inbox), "--roster", str(SAMPLES / "roster.csv"), "-o", str(out / "a.xlsx"),
            "--export-dir", str(out / "exp"), *extra]  # fmt: skip
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    return res


def _edit(src, dst, sheet, cell, value):
    """A staff member opens a workbook, changes one cell and saves it under another name."""
    wb = openpyxl.load_workbook(src)
    wb[sheet][cell] = value
    wb.save(dst)
    return dst


def test_corrected_copy_replaces_the_original(tmp_path):
    """秘书科-修改.xlsx made from the feedback copy, with the error fixed, beside the original."""
    inbox = _samples(tmp_path / "inbox")
    _collect(inbox, tmp_path / "round1", "--feedback-dir", str(tmp_path / "退回"))
    fixed = _edit(tmp_path / "退回/秘书科.xlsx", inbox / "秘书科-修改.xlsx", "林芳", "E6", "Ⅲ级")
    t = os.stat(inbox / "秘书科.xlsx").st_mtime
    os.utime(fixed, (t - DAY, t - DAY))  # even an older timestamp: the copy's marker decides

    both = _collect(inbox, tmp_path / "both")
    alone_inbox = tmp_path / "alone"
    shutil.copytree(inbox, alone_inbox)
    (alone_inbox / "秘书科.xlsx").unlink()
    _collect(alone_inbox, tmp_path / "alone-out")

    exp, ref = tmp_path / "both/exp", tmp_path / "alone-out/exp"
    assert _csv(exp / "risks.csv") == _csv(ref / "risks.csv")  # points never doubled
    assert _csv(exp / "posts.csv") == _csv(ref / "posts.csv")  # nor grades
    issues = _csv(exp / "issues.csv")
    replaced = [i for i in issues if i["code"] == "FORM_SUPERSEDED"]
    assert [i for i in issues if i["code"] != "FORM_SUPERSEDED"] == _csv(ref / "issues.csv")
    assert {(i["source_file"], i["source_sheet"], i["field"]) for i in replaced} == {
        ("秘书科.xlsx", p, "秘书科-修改.xlsx") for p in ("陈志强", "林芳", "黄磊", "何静")
    }
    assert all(i["severity"] == "info" and "已被新版本替代" in i["message"] for i in replaced)
    assert "第 2 版" in replaced[0]["message"]
    assert not any(i["code"] == "LEVEL_UNKNOWN" for i in issues)  # the fixed error is gone

    subs = _csv(exp / "submissions.csv")
    assert list(subs[0])[-1] == "superseded_by"
    linfang = [s for s in subs if s["person"] == "林芳"]
    assert [(s["status"], s["source_file"], s["superseded_by"]) for s in linfang] == [
        ("submitted", "秘书科-修改.xlsx", ""),
        ("superseded", "秘书科.xlsx", "秘书科-修改.xlsx"),
    ]
    assert "已被新版本替代 4" in both.output
    assert "已读取 9(其中 1 个已被新版本替代)" in both.output
    assert "表格行 90 = 风险点 79 + 已报告问题行 0 + 已被新版本替代的行 11" in both.output

    wb = openpyxl.load_workbook(tmp_path / "both/a.xlsx")
    shown = [r for r in wb["报送情况"].iter_rows(min_row=3, values_only=True) if r[1] == "林芳"]
    assert shown[1][3:] == ("已被新版本替代", "秘书科.xlsx", "秘书科-修改.xlsx")
    listed = [
        r
        for r in wb["问题清单"].iter_rows(min_row=3, values_only=True)
        if r[-1] == "FORM_SUPERSEDED"  # the stable code, last; 问题 shows its Chinese name
    ]
    assert len(listed) == 4 and all(
        r[1] == "已被新版本替代" and r[2] == "秘书科.xlsx" and "秘书科-修改.xlsx" in r[8]
        for r in listed
    )


def test_second_round_copy_counts_versions_and_keeps_the_original_name(tmp_path):
    inbox = _samples(tmp_path / "inbox")
    _collect(inbox, tmp_path / "r1", "--feedback-dir", str(tmp_path / "退回1"))
    (inbox / "秘书科.xlsx").unlink()
    shutil.copy(tmp_path / "退回1/秘书科.xlsx", inbox / "秘书科-修改.xlsx")  # sent back unfixed
    _collect(inbox, tmp_path / "r2", "--feedback-dir", str(tmp_path / "退回2"))
    wb = openpyxl.load_workbook(tmp_path / "退回2/秘书科-修改.xlsx")
    assert wb.sheetnames.count("修改说明") == 1 and wb.sheetnames[0] == "修改说明"
    assert wb["_xlproc_copy"].sheet_state == "veryHidden"
    assert '"version": 3' in wb["_xlproc_copy"]["A2"].value
    assert '"original": "秘书科.xlsx"' in wb["_xlproc_copy"]["A2"].value
    comments = [
        c.comment for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.comment
    ]
    assert len(comments) == 1  # this round's, not last round's as well


def _two_versions(tmp_path, first, second):
    """督查科's file under two names, the second with one risk point reworded."""
    inbox = tmp_path / "inbox"
    for name in (first, second):
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
    a = shutil.copy(SAMPLES / "inbox/督查科.xlsx", inbox / first)
    b = _edit(a, inbox / second, "胡军", "C6", "第二版的风险点")
    return inbox, a, b


def _points(inbox):
    res = collect_inbox([inbox], jobs=1)
    return res, set(res.risks["risk_point"])


def test_modification_time_decides_between_unmarked_files(tmp_path):
    inbox, a, b = _two_versions(tmp_path, "督查科.xlsx", "督查科(新).xlsx")
    os.utime(a, (1_750_000_000, 1_750_000_000))
    os.utime(b, (1_750_000_000 + 3600, 1_750_000_000 + 3600))
    res, points = _points(inbox)
    assert "第二版的风险点" in points and len(res.posts) == 3
    assert set(res.posts["source_file"]) == {"督查科(新).xlsx"}
    os.utime(b, (1_750_000_000 - 3600, 1_750_000_000 - 3600))
    res, points = _points(inbox)
    assert "第二版的风险点" not in points and set(res.posts["source_file"]) == {"督查科.xlsx"}
    note = res.issues[res.issues["code"] == "FORM_SUPERSEDED"]["message"].iloc[0]
    assert "修改时间较晚" in note


@pytest.mark.parametrize(
    "name", ["督查科-修改.xlsx", "督查科(2).xlsx", "督查科v2.xlsx", "督查科更正.xlsx"]
)
def test_name_hint_decides_when_times_are_equal(tmp_path, name):
    inbox, a, b = _two_versions(tmp_path, "督查科.xlsx", name)
    os.utime(a, (1_750_000_000, 1_750_000_000))
    os.utime(b, (1_750_000_001, 1_750_000_001))  # within the 2 s a file system may round to
    res, points = _points(inbox)
    assert "第二版的风险点" in points and set(res.posts["source_file"]) == {name}
    assert (res.issues["code"] == "FORM_SUPERSEDED").sum() == 3


def test_a_tie_the_rule_cannot_break_is_an_error_naming_both(tmp_path):
    inbox, a, b = _two_versions(tmp_path, "甲/督查科.xlsx", "乙/督查科.xlsx")
    for f in (a, b):
        os.utime(f, (1_750_000_000, 1_750_000_000))
    res, points = _points(inbox)
    assert len(res.posts) == 6  # neither wins silently: both kept, both flagged
    ties = res.issues[res.issues["code"] == "FORM_VERSION_TIE"]
    assert len(ties) == 6 and set(ties["severity"]) == {"error"}
    first = ties[ties["source_file"] == "甲/督查科.xlsx"]["message"].iloc[0]
    assert "乙/督查科.xlsx" in first and "无法判断哪一份较新" in first


def test_name_levels_and_the_order_of_the_rule():
    assert name_level("秘书科.xlsx")[0] == 0
    assert name_level("秘书科 - 副本.xlsx")[0] == 0
    assert name_level("2025年秘书科(2025).xlsx")[0] == 0  # a year is not a version
    assert name_level("秘书科（2）.xlsx") == (2, "(2)")  # full width folded
    assert name_level("秘书科V3.xlsx")[0] > name_level("秘书科v2.xlsx")[0]
    assert name_level("秘书科第2版.xlsx")[0] == 1
    old, new = FileVersion("秘书科-修改.xlsx", 1, 100.0), FileVersion("秘书科.xlsx", 2, 0.0)
    assert newer(new, old)[0] == 1  # the marker comes before time and name
    assert newer(FileVersion("a.xlsx", 1, 10.0), FileVersion("a-修改.xlsx", 1, 0.0))[0] == 1
    assert newer(FileVersion("a.xlsx", 1, 0.0), FileVersion("b.xlsx", 1, 1.9)) == (0, "")


def test_form_key_falls_back_to_the_post():
    person = {"unit": "U", "department": "办公室", "person": "张三", "title": "科员"}
    post = {"unit": "U", "department": "办公室", "person": "", "title": "文书岗"}
    assert form_key(person) == ("person", "U", "张三")
    assert form_key(post) == ("post", "U", "办公室", "文书岗")
    assert form_key({"unit": "U", "department": "办公室", "person": "", "title": ""}) is None
    posts = [dict(post, source_file="a.xlsx", source_sheet="S"),
             dict(post, source_file="b-修改.xlsx", source_sheet="S"),
             dict(post, title="", source_file="a.xlsx", source_sheet="T"),
             dict(post, title="", source_file="b-修改.xlsx", source_sheet="T")]  # fmt: skip
    res = resolve(posts, lambda rel: FileVersion(rel, 1, 0.0))
    assert list(res.superseded) == [id(posts[0])]  # the post's form; the unnamed ones stay
    assert [i.code for i in res.issues] == ["FORM_SUPERSEDED"]
    assert res.issues[0].value == "办公室文书岗"


NAMES = ["a.xlsx", "a(修改).xlsx", "a_v2.xlsx", "a(最终版).xlsx", "a-终稿.xlsx", "b.xlsx"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(NAMES),
            st.integers(1, 3),
            st.one_of(st.none(), st.sampled_from([0.0, 1.0, 1.5, 3.0, 10.0, 10.5])),
        ),
        min_size=2,
        max_size=12,
    )
)
def test_the_newest_are_those_no_other_file_is_newer_than(files):
    """The pass that finds the newest files (no pairwise comparison) agrees with ``newer`` asked
    of every pair, whatever the versions, times and name hints."""
    from xlproc.versions import _unbeaten

    v = {
        f"{k}/{name}": FileVersion(f"{k}/{name}", ver, t) for k, (name, ver, t) in enumerate(files)
    }
    rels = list(v)
    pairwise = [r for r in rels if not any(newer(v[o], v[r])[0] > 0 for o in rels if o != r)]
    assert _unbeaten(rels, v) == pairwise


def test_a_form_copied_into_many_folders_names_a_few_of_the_others(tmp_path):
    inbox = tmp_path / "inbox"
    src = next(f for f in (SAMPLES / "inbox").iterdir() if f.name == "督查科.xlsx")
    for k in range(7):
        (inbox / f"u{k}").mkdir(parents=True)
        shutil.copy2(src, inbox / f"u{k}" / src.name)
        os.utime(inbox / f"u{k}" / src.name, (1_750_000_000, 1_750_000_000))
    res = collect_inbox([inbox])
    ties = [i for i in res.issue_records if i.code == "FORM_VERSION_TIE"]
    assert ties and all(i.severity == "error" for i in ties)
    first = next(i for i in ties if i.source_file == "u0/督查科.xlsx")
    assert "u1/督查科.xlsx" in first.message and "u6/督查科.xlsx" not in first.message
    assert "等 6 份" in first.message
