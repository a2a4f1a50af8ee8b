import pytest

from xlproc.config import load_config
from xlproc.errors import ConfigError


@pytest.mark.parametrize(
    "raw, want",
    [
        ("Ⅰ级", "Ⅰ级"), ("Ⅰ", "Ⅰ级"), ("I", "Ⅰ级"), ("1", "Ⅰ级"), ("1级", "Ⅰ级"), ("一级", "Ⅰ级"),
        ("一", "Ⅰ级"), ("高", "Ⅰ级"), ("高风险", "Ⅰ级"), ("１", "Ⅰ级"), ("Ｉ", "Ⅰ级"), ("Ⅰ级风险", "Ⅰ级"),
        ("Ⅱ", "Ⅱ级"), ("II级", "Ⅱ级"), ("2", "Ⅱ级"), ("二级", "Ⅱ级"), ("中", "Ⅱ级"), ("较高", "Ⅱ级"),
        ("较大", "Ⅱ级"), ("２", "Ⅱ级"), ("Ⅲ级风险", "Ⅲ级"), ("III", "Ⅲ级"), ("3", "Ⅲ级"), ("三级", "Ⅲ级"),
        ("低", "Ⅲ级"), (" Ⅲ 级 ", "Ⅲ级"),
        ("很高", None), ("A", None), ("", None), ("4", None), ("0", None),
    ],
)  # fmt: skip
def test_levels_are_mapped_or_refused(config, raw, want):
    assert config.level(raw) == want


@pytest.mark.parametrize(
    "raw, types, unknown",
    [
        ("思想道德", ["思想道德风险"], []),
        ("思想道德类", ["思想道德风险"], []),
        ("道德风险", ["思想道德风险"], []),
        (" 制度机制 ", ["制度机制风险"], []),
        ("制度", ["制度机制风险"], []),
        ("职责", ["岗位职责风险"], []),
        ("思想道德、制度机制", ["思想道德风险", "制度机制风险"], []),
        ("岗位职责;制度机制风险", ["岗位职责风险", "制度机制风险"], []),
        ("廉洁风险", [], ["廉洁"]),
        ("岗位权责风险", ["岗位职责风险"], []),  # words one court uses
        ("规章制度风险", ["制度机制风险"], []),
        ("工作流程", ["业务流程风险"], []),
        # (286: types joined by '+' or a full-width '＋')
        ("岗位职责＋制度机制", ["岗位职责风险", "制度机制风险"], []),
        ("外部环境 + 思想道德 + 业务流程", ["外部环境风险", "思想道德风险", "业务流程风险"], []),
    ],
)
def test_types_split_and_map(config, raw, types, unknown):
    got, bad = config.types(raw)
    assert got == types
    assert [b.removesuffix("风险") for b in bad] == unknown


@pytest.mark.parametrize(
    "raw, want",
    [("A", "A"), ("a", "A"), ("Ａ", "A"), ("A级", "A"), ("c", "C"), ("B级", "B"), ("优", None)],
)
def test_declared_grades(config, raw, want):
    assert config.grade(raw) == want


def test_user_config_replaces_vocabulary_and_thresholds(tmp_path):
    p = tmp_path / "xlproc.toml"
    p.write_text(
        '[risk_types]\n"思想道德风险" = ["思想道德"]\n"外部环境风险" = ["外部环境", "环境"]\n'
        "[grading]\na_min_score = 20\n",
        encoding="utf-8",
    )
    cfg = load_config(p)
    assert cfg.types("外部环境")[0] == ["外部环境风险"]
    assert cfg.types("制度机制")[0] == []  # replaced, not merged
    assert cfg.grading.a_min_score == 20
    assert cfg.grading.b_min_score == 4  # untouched keys keep their default


def test_bad_config_is_a_usage_error(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text("[grading\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="格式有误"):
        load_config(p)
    with pytest.raises(ConfigError, match="找不到"):
        load_config(tmp_path / "missing.toml")


def test_a_type_stood_on_end_one_character_a_line():
    # (452: a narrow 风险类型 column typed '制⏎度⏎机⏎制')
    config = load_config()
    assert config.types("岗\n位\n职\n责") == (["岗位职责风险"], [])
    assert config.types("外\n部\n环\n境\n风\n险") == (["外部环境风险"], [])
    # two types a line each stay two types; characters that make no type stay unknown
    assert config.types("思想道德\n制度机制") == (["思想道德风险", "制度机制风险"], [])
    assert config.types("其\n他")[0] == []
