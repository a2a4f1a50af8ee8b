"""collect/check end to end through the CLI: exports, accounting, parallel reading, the corpus."""

import csv
import subprocess
import sys

from click.testing import CliRunner
from conftest import SHARED
from helpers import GENERAL_FORM, tree_hash, write_workbook

from xlproc.cli import main
from xlproc.collect import collect_inbox
from xlproc.resources import data_dir


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_exports_follow_the_contract(tmp_path):
    samples = data_dir("samples")
    out = tmp_path / "exp"
    res = CliRunner().invoke(main, ["collect", str(samples / "inbox"), "--roster", str(samples / "roster.csv"),
                                    "-o", str(tmp_path / "a.xlsx"), "--export-dir", str(out)])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert (out / "risks.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out / "risks.csv", encoding="utf-8-sig") as f:
        assert f.readline().strip() == (
            "form_id,unit,department,person,title,tier,section,duty,workflow,risk_point,risk_type,risk_level,"
            "measures,raw_risk_type,raw_risk_level,source_file,source_sheet,source_row,description"
        )
    with open(out / "posts.csv", encoding="utf-8-sig") as f:
        assert f.readline().strip() == (
            "form_id,unit,department,person,title,tier,declared_grade,computed_grade,grade_reason,score,"
            "n_level_1,n_level_2,n_level_3,n_risks,reviewed,source_file,source_sheet"
        )
    with open(out / "issues.csv", encoding="utf-8-sig") as f:
        assert (
            f.readline().strip()
            == "severity,code,source_file,source_sheet,cell,field,value,message"
        )
    subs = _csv(out / "submissions.csv")
    assert list(subs[0]) == [
        "department",
        "person",
        "tier",
        "status",
        "source_file",
        "superseded_by",
    ]
    missing = sorted(s["person"] for s in subs if s["status"] == "missing")
    assert missing == ["曹宇", "程丹", "萧红"]  # 财务科 has not answered
    posts = _csv(out / "posts.csv")
    renamed = next(p for p in posts if p["source_sheet"] == "Sheet3")
    assert renamed["person"] == "罗刚"  # a renamed sheet is still identified by its metadata
    issues = _csv(out / "issues.csv")
    assert {(i["code"], i["source_file"], i["cell"]) for i in issues} >= {
        ("LEVEL_UNKNOWN", "秘书科.xlsx", "E6"), ("TYPE_UNKNOWN", "信息科.xls", "D7"),
        ("LEVEL_BLANK", "督查科.xlsx", "E8"), ("FILE_SKIPPED", "请查收.txt", ""),
    }  # fmt: skip
    assert "~$综合科.xlsx" not in {
        i["source_file"] for i in issues
    }  # lock files are skipped silently
    assert "文件 10 = 已读取 8 + 已跳过 2 + 无法读取 0" in res.output


def test_parallel_reading_gives_the_same_frames(tmp_path):
    inbox = tmp_path / "inbox"
    for i in range(12):
        rows = [list(r) for r in GENERAL_FORM]
        rows[3] = ["姓名", f"人员{i:02d}", "所在科室及职务", "办公室科员", "岗位风险等级", "B"]
        write_workbook(inbox / f"科室{i:02d}.xlsx", {"表": rows})
    one = collect_inbox([inbox], jobs=1)
    two = collect_inbox([inbox], jobs=2)
    assert (
        one.risks.equals(two.risks)
        and one.posts.equals(two.posts)
        and one.issues.equals(two.issues)
    )
    assert len(one.posts) == 12


def test_check_exit_status(tmp_path):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "a.xlsx", {"张三": GENERAL_FORM})
    ok = CliRunner().invoke(main, ["check", str(inbox)])
    assert ok.exit_code == 0, ok.output
    assert "共读取 1 张表、2 个风险点" in ok.output
    bad = [list(r) for r in GENERAL_FORM]
    bad[5][4] = "很高"
    write_workbook(inbox / "b.xlsx", {"李四": bad})
    res = CliRunner().invoke(main, ["check", str(inbox)])
    assert res.exit_code == 1
    # the person, then the sheet: the form on sheet 李四 is 张三's
    assert "错误  b.xlsx [张三] 李四!E6:风险级别“很高”无法识别" in res.output


def test_usage_errors(tmp_path):
    assert (
        CliRunner().invoke(main, ["collect", str(tmp_path / "missing"), "-o", "x.xlsx"]).exit_code
        == 2
    )
    assert CliRunner().invoke(main, ["collect", str(tmp_path)]).exit_code == 2  # -o is required
    assert CliRunner().invoke(main, ["bogus"]).exit_code == 2


def test_corpus_scores_at_or_above_its_bars(corpus, tmp_path):
    """The shared sample of real-looking returned files, scored by its own tool."""
    before = tree_hash(corpus)
    cmd = [sys.executable, "-m", "xlproc"]  # this checkout's xlproc, not an installed script
    log = tmp_path / "log"
    with open(log, "w") as f:
        subprocess.run(cmd + ["collect", str(corpus), "-o", str(tmp_path / "a.xlsx"), "--export-dir", str(tmp_path / "exp")],
                       stdout=f, stderr=subprocess.STDOUT, check=True)  # fmt: skip
    score = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_corpus.py"), str(corpus),
         str(SHARED / "corpus" / "inbox.truth.json"), str(tmp_path / "exp"), str(tmp_path / "a.xlsx"), str(log)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert score.returncode == 0, score.stdout
    assert tree_hash(corpus) == before


def test_init_writes_a_commented_config_that_loads(tmp_path):
    from xlproc.config import load_config

    target = tmp_path / "xlproc.toml"
    res = CliRunner().invoke(main, ["init", "-o", str(target)])
    assert res.exit_code == 0, res.output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("#") and "[grading]" in text and "a_powers" in text
    assert load_config(target).grading.a_min_score == 9
    again = CliRunner().invoke(main, ["init", "-o", str(target)])
    assert again.exit_code == 2 and "已存在" in again.output


def test_config_changes_the_grading(tmp_path):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "a.xlsx", {"张三": GENERAL_FORM})
    cfg = tmp_path / "x.toml"
    cfg.write_text(
        "[grading]\nb_min_level2 = 0\nb_min_score = 99\nb_powers = []\n", encoding="utf-8"
    )
    out = tmp_path / "exp"
    res = CliRunner().invoke(main, ["collect", str(inbox), "--config", str(cfg), "-o", str(tmp_path / "a.xlsx"),
                                    "--export-dir", str(out)])  # fmt: skip
    assert res.exit_code == 0, res.output
    (post,) = _csv(out / "posts.csv")
    assert (post["computed_grade"], post["grade_reason"]) == ("C", "风险分值3 → C")


def test_verbose_flag_shows_a_traceback_only_for_developers(tmp_path):
    bad = tmp_path / "r.csv"
    bad.write_text("单位,科室\n", encoding="utf-8")
    quiet = CliRunner().invoke(main, ["templates", "--roster", str(bad), "-o", str(tmp_path / "o")])
    loud = CliRunner().invoke(
        main, ["-v", "templates", "--roster", str(bad), "-o", str(tmp_path / "o")]
    )
    assert quiet.exit_code == loud.exit_code == 2
    assert "Traceback" not in quiet.output and "缺少“姓名”“职务”“岗位层级”列" in quiet.output


def test_demo_runs_the_whole_cycle(tmp_path):
    res = CliRunner().invoke(main, ["demo", "-o", str(tmp_path / "d")])
    assert res.exit_code == 0, res.output
    for name in ("廉政风险信息档案.xlsx", "廉政风险公示.xlsx", "导出/risks.csv", "退回修改/退回清单.xlsx",
                 "下发表格/XX区人民政府办公室/财务科.xlsx"):  # fmt: skip
        assert (tmp_path / "d" / name).is_file(), name


def test_several_inboxes_keep_same_named_files_apart(tmp_path):
    for box in ("一科", "二科"):
        write_workbook(tmp_path / box / "表.xlsx", {f"{box}人": GENERAL_FORM})
    res = collect_inbox([tmp_path / "一科", tmp_path / "二科"], jobs=1)
    assert res.posts["source_file"].tolist() == ["一科/表.xlsx", "二科/表.xlsx"]


def test_our_own_outputs_in_the_inbox_are_skipped(tmp_path):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "a.xlsx", {"张三": GENERAL_FORM})
    args = [
        "collect",
        str(inbox),
        "-o",
        str(inbox / "档案.xlsx"),
        "--public",
        str(inbox / "公示.xlsx"),
    ]
    assert CliRunner().invoke(main, args).exit_code == 0
    res = collect_inbox([inbox], jobs=1)  # the second run meets the first run's outputs
    assert len(res.posts) == 1
    assert sorted(zip(res.issues["source_file"], res.issues["code"], strict=True)) == [
        ("公示.xlsx", "FILE_OWN_OUTPUT"), ("档案.xlsx", "FILE_OWN_OUTPUT")]  # fmt: skip


def test_check_lists_and_counts_without_pandas(tmp_path):
    """check only counts and lists: the frames (and pandas, a fifth of a second to import) are
    built only for the outputs that need them."""
    inbox = tmp_path / "inbox"
    bad = [list(r) for r in GENERAL_FORM]
    bad[5][4] = "很高"
    write_workbook(inbox / "b.xlsx", {"李四": bad})
    code = (
        "import sys\nfrom xlproc.cli import main\n"
        f"try:\n    main(['check', {str(inbox)!r}])\nexcept SystemExit as e:\n    code = e.code\n"
        "print('pandas' in sys.modules, code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "风险级别“很高”无法识别" in out.stdout
    assert out.stdout.strip().endswith("False 1"), out.stdout
