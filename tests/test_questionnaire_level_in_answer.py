"""A printed questionnaire (``_answer_blocks``, QUESTIONNAIRE_ANSWER_BLOCKS) that asks only for the
risk points, each answer carrying its own level — in a bracket closing or opening it
(``…（风险等级：高）``, ``…【一级】``, ``（二级）…``), after a dash (``…——高风险``), after a space as
a level's own word (``…　二级风险``), or in a clause closing its sentence (``…，风险等级为中。``) —
the measures a question of their own or not asked, the points' question naming the level too
(``…风险点，请在每条后面标明风险级别：``, ``…风险点及其等级``) or not: each answer is a point, the
level words taken off its text and read as its level (info QUESTIONNAIRE_LEVEL_IN_ANSWER, once a
questionnaire). Before, a points' question naming the level was taken for the levels' question
(no points asked: nothing read), a questionnaire with no levels' nor measures' question read
nothing, and one with a measures' question kept ``——高风险`` in each point, its level blank
(batch1054's 财政局).

Not that batch's words: a 县疾病预防控制中心's 排查问卷 (``（一）/（二）`` questions, ``【一级】`` and
``　二级风险`` closing the answers, ``（1）`` numbers, measures asked as ``防范措施``), a 街道办's
问答 with ``第一题：`` questions, ``1、`` answers closing with ``，风险等级为中。`` or opening with
``【低】``, no measures asked, and two such copies stacked on one sheet (QUESTIONNAIRES_STACKED).

Near-misses that read as before: a points-only questionnaire whose answers carry no level (no
measures asked: nothing); one where only one answer in three carries a level; a levels' question
rating the points above (``…对上述风险点评定风险等级``) answered in its own block (the points'
brackets then kept); a bracket that is no level (``（含公务卡）``) kept in the point, its level blank;
a rating question with no points' question above reading nothing.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "QUESTIONNAIRE_LEVEL_IN_ANSWER"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append(
                (post.get("department"), post.get("title"), post.get("person"),
                 d["risk_point"], d["risk_level"], d["measures"])
            )  # fmt: skip
    return got, r.issues


def _lines(*texts):
    return [[t, None, None] if isinstance(t, str) else (t or []) for t in texts]


CDC = _lines(
    "某县疾病预防控制中心廉政风险排查问卷",
    ["姓名：东方翊", "科室：免疫规划科", "职务：科长"],
    "（一）本人岗位有哪些廉政风险点？请在每条后面标明风险级别：",
    "（1）疫苗出入库登记不实【一级】",
    "（2）接种单位考核打分照顾关系",
    "（3）冷链设备采购参数倾向特定品牌　二级风险",
    "（二）针对上述风险点，你的防范措施是什么？",
    "（1）出入库双人核对，每月盘点",
    "（2）考核评分两人以上，结果公示",
    "（3）采购参数论证会集体确定",
    None,
    ["填表人：", None, "日期：2025年5月"],
)


def test_levels_closing_the_answers_measures_asked_apart(tmp_path):
    path = write_workbook(tmp_path / "疾控中心排查问卷.xlsx", {"东方翊": CDC})
    got, issues = _read(path)
    who = ("免疫规划科", "科长", "东方翊")
    assert got == [
        (*who, "疫苗出入库登记不实", "Ⅰ级", "出入库双人核对，每月盘点"),
        (*who, "接种单位考核打分照顾关系", "", "考核评分两人以上，结果公示"),
        (*who, "冷链设备采购参数倾向特定品牌", "Ⅱ级", "采购参数论证会集体确定"),
    ]
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "A4" and said[0].severity == "info"
    assert "2 条" in said[0].message and "另有 1 条" in said[0].message
    assert [i.cell for i in issues if i.code == "LEVEL_BLANK"] == ["A5"]
    assert "QUESTIONNAIRE_ANSWER_BLOCKS" in {i.code for i in issues}


def _street(name, post, dept, *answers):
    return _lines(
        "某街道办事处干部廉政风险问答",
        [f"部门：{dept}", f"岗位：{post}", f"姓名：{name}"],
        "第一题：你所在岗位存在的廉政风险点有哪些？",
        *answers,
        ["本人签字：", None, None],
    )


def test_clauses_and_opening_brackets_no_measures_asked(tmp_path):
    rows = _street(
        "慕容琰", "网格员", "社区治理办",
        "1、入户走访登记信息不实，风险等级为中。",
        "2、【低】代收居民材料不登记",
        "3、困难群众救助对象初审优亲厚友，风险等级为高。",
    )  # fmt: skip
    path = write_workbook(tmp_path / "街道问答.xlsx", {"问答": rows})
    got, issues = _read(path)
    who = ("社区治理办", "网格员", "慕容琰")
    assert got == [
        (*who, "入户走访登记信息不实", "Ⅱ级", ""),
        (*who, "代收居民材料不登记", "Ⅲ级", ""),
        (*who, "困难群众救助对象初审优亲厚友", "Ⅰ级", ""),
    ]
    assert [i.cell for i in issues if i.code == CODE] == ["A4"]
    assert not {"SHEET_NO_TABLE", "FILE_NO_FORM", "LEVEL_BLANK"} & {i.code for i in issues}


def test_two_copies_stacked_each_level_inside(tmp_path):
    rows = _street(
        "慕容琰", "网格员", "社区治理办",
        "1、入户走访登记信息不实（风险等级：中）",
        "2、困难群众救助对象初审优亲厚友（风险等级：高）",
    ) + [[]] + _street(
        "司徒珺", "主任", "党政办",
        "1、公务接待超标准——较高",
        "2、办公用品采购不比价——低",
    )  # fmt: skip
    path = write_workbook(tmp_path / "街道问答两份.xlsx", {"问答": rows})
    got, issues = _read(path)
    assert [(g[2], g[3], g[4]) for g in got] == [
        ("慕容琰", "入户走访登记信息不实", "Ⅱ级"),
        ("慕容琰", "困难群众救助对象初审优亲厚友", "Ⅰ级"),
        ("司徒珺", "公务接待超标准", "Ⅱ级"),
        ("司徒珺", "办公用品采购不比价", "Ⅲ级"),
    ]
    codes = [i.code for i in issues]
    assert codes.count(CODE) == 2 and codes.count("QUESTIONNAIRES_STACKED") == 1


def test_near_miss_no_level_inside_no_measures_asked(tmp_path):
    rows = _street(
        "慕容琰", "网格员", "社区治理办", "1、入户走访登记信息不实", "2、代收居民材料不登记"
    )
    path = write_workbook(tmp_path / "无等级.xlsx", {"问答": rows})
    got, issues = _read(path)
    assert got == [] and CODE not in {i.code for i in issues}


def test_near_miss_one_level_in_three(tmp_path):
    rows = _street(
        "慕容琰", "网格员", "社区治理办",
        "1、入户走访登记信息不实（高）", "2、代收居民材料不登记", "3、台账更新不及时",
    )  # fmt: skip
    path = write_workbook(tmp_path / "一条有等级.xlsx", {"问答": rows})
    got, issues = _read(path)
    assert got == [] and CODE not in {i.code for i in issues}


def test_near_miss_levels_rated_in_their_own_block(tmp_path):
    rows = _lines(
        "岗位廉政风险自查问卷",
        ["姓名：东方翊", "科室：财务科", "职务：会计"],
        "一、请列出本岗位的廉政风险点：",
        "1．报销审核不严（含公务卡）",
        "2．现金保管不规范（高）",
        "二、请对上述风险点逐条评定风险等级（高、中、低）：",
        "1．中　2．低",
        "三、请写出防控措施：",
        "1．逐笔复核",
        "2．日清月结",
    )
    path = write_workbook(tmp_path / "自查问卷.xlsx", {"问卷": rows})
    got, issues = _read(path)
    assert [(g[3], g[4]) for g in got] == [
        ("报销审核不严（含公务卡）", "Ⅱ级"),
        ("现金保管不规范（高）", "Ⅲ级"),
    ]
    assert CODE not in {i.code for i in issues}


def test_near_miss_bracket_that_is_no_level(tmp_path):
    rows = _lines(
        "岗位廉政风险自查问卷",
        ["姓名：东方翊", "科室：财务科", "职务：会计"],
        "一、请列出本岗位的廉政风险点及其等级：",
        "1．报销审核不严（含公务卡）",
        "2．现金保管不规范（风险等级：高）",
        "3．票据领用不登记（风险等级：低）",
        "二、请写出防控措施：",
        "1．逐笔复核",
        "2．日清月结",
        "3．领用登记",
    )
    path = write_workbook(tmp_path / "自查问卷.xlsx", {"问卷": rows})
    got, issues = _read(path)
    assert [(g[3], g[4]) for g in got] == [
        ("报销审核不严（含公务卡）", ""),
        ("现金保管不规范", "Ⅰ级"),
        ("票据领用不登记", "Ⅲ级"),
    ]
    assert [i.cell for i in issues if i.code == "LEVEL_BLANK"] == ["A4"]


def test_near_miss_rating_question_with_no_points_question(tmp_path):
    rows = _lines(
        "岗位廉政风险自查问卷",
        ["姓名：东方翊", "科室：财务科", "职务：会计"],
        "一、请对上述风险点评定风险等级：",
        "1．报销审核不严（高）",
        "2．现金保管不规范（中）",
    )
    path = write_workbook(tmp_path / "评定.xlsx", {"问卷": rows})
    got, issues = _read(path)
    assert got == [] and CODE not in {i.code for i in issues}


def test_code_is_catalogued():
    from xlproc.issues import CATALOGUE, ITEMS, SHORT

    assert CATALOGUE[CODE][0] == "info" and CODE in SHORT and ITEMS[CODE] == "风险等级"


def test_a_levels_question_naming_the_points_before_them(tmp_path):
    # (the review of this kind: a levels question naming 风险点 asked BEFORE the points question
    # had been taken for the points question, and the sheet read nothing)
    rows = _lines(
        "某街道办事处岗位廉政风险调查表",
        "一、基本情况",
        "姓名：司马霏",
        "所在科室：城市管理办公室",
        "岗位：科员",
        "二、请按高、中、低写出本岗位各风险点的风险等级：",
        "（一）中",
        "（二）高",
        "三、本岗位存在的廉政风险点有哪些：",
        "（一）占道经营执法随意，处罚标准不一",
        "（二）门前三包检查走过场",
        "四、防控措施：",
        "（一）执法全程记录",
        "（二）检查结果拍照存档",
    )
    r = read_file(
        write_workbook(tmp_path / "调查表.xlsx", {"Sheet1": rows}), "调查表.xlsx", load_config()
    )
    got = [
        (d["risk_point"], d["risk_level"])
        for form in r.risks
        for d in (dict(zip(ROW_KEYS, row, strict=True)) for row in form)
    ]
    assert got == [("占道经营执法随意，处罚标准不一", "Ⅱ级"), ("门前三包检查走过场", "Ⅰ级")]
