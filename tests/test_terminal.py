"""What a coordinator reads on the terminal: Chinese usage errors and help, honest summaries."""

import re

import pytest
from click.testing import CliRunner

from xlproc.cli import main
from xlproc.resources import data_dir

ENGLISH = re.compile(r"\b(Usage|Error|Missing|No such|Try|Show this|required|Options|Commands|"
                     r"OPTIONS|DIRECTORY|FILE|PATH|TEXT|INTEGER|does not exist)\b")  # fmt: skip


def _run(args):
    return CliRunner().invoke(main, args)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["collect", "."], "缺少选项 '-o' / '--output'"),
        (["colect"], "没有 'colect' 这个命令"),
        (["collect", ".", "-o", "a.xlsx", "--bogus"], "没有 '--bogus' 这个选项"),
        (["collect", "/no/such/inbox", "-o", "a.xlsx"], "路径 '/no/such/inbox' 不存在"),
        (["collect", ".", "-o", "a.xlsx", "-j", "0"], "须在 1 到 64 之间"),
        (["diff", "a.xlsx"], "缺少参数 '本年档案.xlsx'"),
        (["templates"], "缺少选项 '-o' / '--output'"),
    ],
)
def test_usage_errors_are_in_chinese(args, words):
    res = _run(args)
    assert res.exit_code == 2
    assert words in res.output and "用法:" in res.output and "错误:" in res.output
    assert not ENGLISH.search(res.output), res.output


@pytest.mark.parametrize("command", ["", "collect", "check", "templates", "diff", "init", "demo"])
def test_help_is_in_chinese_and_ends_with_examples(command):
    res = _run([command, "-h"] if command else ["-h"])
    assert res.exit_code == 0
    assert not ENGLISH.search(res.output), res.output
    assert "显示本帮助并退出" in res.output
    description = res.output.split("选项:")[0]
    assert "示例:" in description and "xlproc " in description.split("示例:")[1]


@pytest.mark.parametrize("target", ["档案.csv", "档案"])
def test_archive_name_must_end_in_xlsx(tmp_path, target):
    out = tmp_path / target
    res = _run(["collect", str(data_dir("samples") / "inbox"), "-o", str(out)])
    assert res.exit_code == 2 and ".xlsx" in res.output
    assert not out.exists()
    res = _run(["collect", str(tmp_path), "-o", str(tmp_path / "a.xlsx"), "--public", str(out)])
    assert res.exit_code == 2 and "--public" in res.output


def test_check_on_an_empty_inbox_says_nothing_was_found(tmp_path):
    res = _run(["check", str(tmp_path)])
    assert res.exit_code == 0
    assert "未找到任何文件" in res.output
    assert "未发现问题" not in res.output and "问题清单" not in res.output


def test_check_lists_problems_with_the_person_and_no_empty_file_names():
    samples = data_dir("samples")
    res = _run(["check", str(samples / "inbox"), "--roster", str(samples / "roster.csv")])
    assert res.exit_code == 1
    lines = res.output.splitlines()
    assert "错误  督查科.xlsx [罗刚] Sheet3!E8:风险级别未填写;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级" in lines
    assert "错误  秘书科.xlsx [林芳] E6:风险级别“很高”无法识别;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级" in lines
    assert not [
        x for x in lines if ":" in x and x.split(":")[0].strip() in ("警告", "错误", "提示")
    ]
    assert "警告  XX区人民政府办公室 财务科 萧红 尚未报送(中层岗位);请催报" in lines
    assert "问题清单" not in res.output  # check writes none
    assert "见上方列表" in res.output


def test_init_writes_chinese_comments_for_every_setting(tmp_path):
    target = tmp_path / "xlproc.toml"
    assert _run(["init", "-o", str(target)]).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "DESIGN" not in text and "§" not in text
    comments = [x for x in text.splitlines() if x.startswith("#")]
    assert comments and all(re.search(r"[\u4e00-\u9fff]", x) for x in comments if len(x) > 20)
    for setting in ("title", "deadline", "authority", "level_points", "a_min_level1", "a_min_score",
                    "b_min_level2", "b_min_score", "a_powers", "b_powers", "max_unpacked_bytes",
                    "max_compression_ratio"):  # fmt: skip
        i = next(n for n, x in enumerate(text.splitlines()) if x.startswith(setting))
        above = text.splitlines()[i - 1]
        assert above.startswith("#") or text.splitlines()[i - 2].startswith("#"), setting
