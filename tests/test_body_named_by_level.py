"""A post written with its body named by the level alone — the county's hospital, its finance
bureau, no place name before it ('县人民医院药剂科科长', '县财政局国库股股长', '县委组织部干部科科长') —
is the body, its 科室 and the post. Before, the body was taken for the 科室 and the 科室 left in
the post ('县人民医院' / '药剂科科长'), or body and 科室 joined into one 科室 ('县财政局国库股' /
'股长'). Only where all three are there: '县人民医院院长', '镇财政所所长' read as before. A pledge
paragraph (``本人某某，系县人民医院药剂科科长，…``) of a holder whose surname no list holds is read
too, no longer passed over for his name.
"""

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.identity import split_unit_title


def test_the_three_parts():
    assert split_unit_title("县人民医院药剂科科长") == ("县人民医院", "药剂科", "科长")
    assert split_unit_title("县财政局国库股股长") == ("县财政局", "国库股", "股长")
    assert split_unit_title("区医保局基金股会计") == ("区医保局", "基金股", "会计")
    assert split_unit_title("县委组织部干部科科长") == ("县委组织部", "干部科", "科长")
    assert split_unit_title("区委办公室信息科科长") == ("区委办公室", "信息科", "科长")
    assert split_unit_title("县政府办公室秘书股股长") == ("县政府办公室", "秘书股", "股长")
    assert split_unit_title("县纪委监委第一纪检监察室主任") == (
        "县纪委监委",
        "第一纪检监察室",
        "主任",
    )


def test_two_parts_read_as_before():
    assert split_unit_title("县人民医院院长") == ("", "县人民医院", "院长")
    assert split_unit_title("镇财政所所长") == ("", "镇财政所", "所长")
    assert split_unit_title("某县人民医院药剂科科长") == ("某县人民医院", "药剂科", "科长")
    assert split_unit_title("县长") == ("", "", "县长")
    assert split_unit_title("镇党委书记") == ("", "镇党委", "书记")


PLEDGES = [
    ["县中医院中层干部廉洁从业承诺汇编", None],
    [
        "1",
        "本人纥奚沅，系县中医院财务科会计，经自查，本人岗位廉政风险点有：（1）报销票据审核不严"
        "（二级）；（2）收受供应商好处费（一级）。本人郑重承诺：不做假账。",
    ],
    [
        "2",
        "本人欧阳翎，现任县中医院药剂科科长，本人岗位风险点有：1.药品采购收受回扣（一级）；"
        "2.药品出入库登记不实（三级）。承诺如下：严守纪律。",
    ],
]


def test_pledges_name_the_body_by_its_level(tmp_path):
    path = write_workbook(tmp_path / "承诺汇编.xlsx", {"汇编": PLEDGES})
    r = read_file(path, path.name, load_config())
    posts = [(p["unit"], p["department"], p["title"], p["person"]) for p in r.posts]
    assert posts == [
        ("县中医院", "财务科", "会计", "纥奚沅"),
        ("县中医院", "药剂科", "科长", "欧阳翎"),
    ]
    assert sum(len(f) for f in r.risks) == 4
