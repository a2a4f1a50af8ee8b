"""Lists from a reporting system's CSV export that wraps every value in Excel's text guard
``="…"`` (so that Excel keeps leading zeros), opened with every column imported as 文本 or read
as the CSV it is: each cell is the literal text ``="办公室"``, ``="高"``, not a formula. Without
the rule the guard stays on every holder, post, point and measure, no level word is recognised
(LEVEL_UNKNOWN) and every value is warned of as formula-like (TEXT_FORMULA_LIKE).

Where most filled cells of a sheet, or of one column (two at least), are whole guards, each is
read as the text inside it (``""`` inside as one ``"``), before the ``_x000D_`` escapes and HTML
cells are decoded; one info CELLS_TEXT_GUARDS a sheet names the first such cell and how many.

Not batch 941's 乡规划建设办 (``一级/二级/三级`` under a plain heading, in an .xlsx): here a 县水利局's
list with a title above and ``高/中/低`` whose measures quote ``""…""`` inside the guard, a 县农业
农村局's .csv as exported with ``★★★/★★/★``, a 县医疗保障局's list re-saved as .ods with fewer
columns and ``较高/一般`` whose measures carry ``_x000D_`` inside the guard, and a 县林业和草原局's list
where only the level column was exported guarded (``="Ⅰ级"``); and the same exporter's other
guards on the same evidence: a 县交通运输局's fields with their CSV quotes kept (``"运政股"``, inner
quotes doubled) and a 县退役军人事务局's .ods with a leading apostrophe kept as text (``'优抚股``). Near misses an ordinary list has
are read as before: a lone ``="…"`` among plain cells (still TEXT_FORMULA_LIKE: it may be a real
attempt at a formula), a point that holds ``="`` in its middle or starts with a quoted phrase
(``"三重一大"事项…``), a lone ``'科员``, a real ``=ROW()-2`` formula.
A feedback copy keeps the cells as the staff wrote them, as text, never as a formula.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def g(v: str) -> str:
    """A value inside an exporter's text guard, its own quotes doubled."""
    return '="' + v.replace('"', '""') + '"'


def _collect(tmp_path: Path, rows: list[list], ext: str = "xlsx", name: str = "导出"):
    inbox = tmp_path / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    if ext == "ods":
        write_ods(inbox / f"{name}.ods", {"导出数据": rows})
    elif ext == "csv":  # as the system writes it: the guard unquoted, the fields by commas
        text = "\r\n".join(",".join(row) for row in rows)
        (inbox / f"{name}.csv").write_text(text + "\r\n", encoding="utf-8-sig")
    else:
        write_workbook(inbox / f"{name}.xlsx", {"导出数据": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _read(got) -> list[tuple[str, str, str, str, str, str]]:
    r = got.risks
    cols = ("department", "title", "person", "risk_point", "risk_level", "measures")
    return list(zip(*(r[c] for c in cols), strict=True))


def _issues(got, code: str) -> list[tuple[str, str]]:
    i = got.issues
    i = i[i["code"] == code]
    return list(zip(i["cell"], i["value"], strict=True))


def test_every_value_guarded_under_a_title_and_a_plain_heading(tmp_path):
    rows = [
        ["某县水利局廉政风险点台账（系统导出）"],
        ["编号", "所在股室", "职务", "责任人员", "风险点描述", "风险等次", "防范措施"],
        [g("001"), g("水政监察大队"), g("大队长"), g("卢砚舟"), g("河道采砂许可审查放宽"), g("高"),
         g('许可事项集体研究，执行"两公开一监督"。')],
        [g("002"), g("水政监察大队"), g("执法员"), g("卢听澜"), g("涉河违建查处选择性执法"), g("中"),
         g("执法全过程记录")],
        [g("003"), g("工程建设股"), g("股长"), g("卢望岑"), g("农田水利工程验收走过场"), g("低"),
         g("第三方检测，验收资料存档")],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert _read(got) == [
        ("水政监察大队", "大队长", "卢砚舟", "河道采砂许可审查放宽", "Ⅰ级",
         '许可事项集体研究，执行"两公开一监督"。'),
        ("水政监察大队", "执法员", "卢听澜", "涉河违建查处选择性执法", "Ⅱ级", "执法全过程记录"),
        ("工程建设股", "股长", "卢望岑", "农田水利工程验收走过场", "Ⅲ级", "第三方检测，验收资料存档"),
    ]  # fmt: skip
    assert _issues(got, "CELLS_TEXT_GUARDS") == [("A3", "21")]
    assert not _issues(got, "LEVEL_UNKNOWN")
    assert not _issues(got, "TEXT_FORMULA_LIKE")


def test_csv_as_exported_with_stars(tmp_path):
    rows = [
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险级别", "防控措施"],
        [g("1"), g("农田建设管理股"), g("股长"), g("邝怀瑾"), g("高标准农田项目验收把关不严"),
         g("★★★"), g("县乡两级联合验收")],
        [g("2"), g("农机推广站"), g("站长"), g("邝若溪"), g("农机购置补贴审核虚报套取"),
         g("★★"), g("补贴名单公示，机具二维码核验")],
        [g("3"), g("农机推广站"), g("核查员"), g("邝晏清"), g("补贴机具现场核查走过场"),
         g("★"), g("随机抽查")],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, "csv")
    assert _read(got) == [
        ("农田建设管理股", "股长", "邝怀瑾", "高标准农田项目验收把关不严", "Ⅰ级", "县乡两级联合验收"),
        ("农机推广站", "站长", "邝若溪", "农机购置补贴审核虚报套取", "Ⅱ级", "补贴名单公示，机具二维码核验"),
        ("农机推广站", "核查员", "邝晏清", "补贴机具现场核查走过场", "Ⅲ级", "随机抽查"),
    ]  # fmt: skip
    assert _issues(got, "CELLS_TEXT_GUARDS") == [("A2", "21")]
    assert not _issues(got, "LEVEL_UNKNOWN")


def test_resaved_ods_fewer_columns_escapes_inside_the_guard(tmp_path):
    rows = [
        ["部门", "责任人", "廉政风险点", "风险程度", "防控措施"],
        [g("基金监管科"), g("芮清和"), g("定点医药机构违规结算查处不力"), g("较高"),
         g("1.智能审核全覆盖；_x000D_\n2.疑点集体会审。_x000D_")],
        [g("待遇保障科"), g("芮知秋"), g("异地就医备案审核不严"), g("一般"), g("备案材料网上留痕")],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, "ods")
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in _read(got)] == [
        ("基金监管科", "芮清和", "定点医药机构违规结算查处不力", "Ⅱ级", "1.智能审核全覆盖；\n2.疑点集体会审。"),
        ("待遇保障科", "芮知秋", "异地就医备案审核不严", "Ⅲ级", "备案材料网上留痕"),
    ]  # fmt: skip
    assert _issues(got, "CELLS_TEXT_GUARDS") == [("A2", "10")]
    assert _issues(got, "CELLS_X_ESCAPES") == [("E2", "1")]
    assert not _issues(got, "LEVEL_UNKNOWN")


def test_only_the_level_column_guarded(tmp_path):
    rows = [
        ["某县林业和草原局廉政风险防控一览表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "资源管理股", "股长", "龚叙白", "林木采伐指标分配不公", g("Ⅰ级"), "指标分配集体研究并公示"],
        [2, "资源管理股", "技术员", "龚临川", "伐区设计调查数据失实", g("Ⅱ级"), "设计成果抽样复核"],
        [3, "林政执法队", "队员", "龚映雪", "滥伐案件降格处理", g("Ⅲ级"), "案件集体审理"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert [(r[2], r[4]) for r in _read(got)] == [
        ("龚叙白", "Ⅰ级"),
        ("龚临川", "Ⅱ级"),
        ("龚映雪", "Ⅲ级"),
    ]
    assert _issues(got, "CELLS_TEXT_GUARDS") == [("F3", "3")]
    assert not _issues(got, "LEVEL_UNKNOWN")


def test_csv_quotes_kept_by_a_text_import(tmp_path):
    rows = [
        ["单位", "科室", "职务", "责任人", "风险点", "风险级别", "防控措施"],
    ] + [
        ['"' + v.replace('"', '""') + '"' for v in r]
        for r in (
            ["某县交通运输局", "运政股", "股长", "葛望舒", '道路运输"两客一危"许可审查放宽', "一级风险",
             "许可事项集体审议"],
            ["某县交通运输局", "路政大队", "大队长", "葛闻笛", "超限运输处罚自由裁量过宽", "二级风险",
             "执行处罚裁量基准"],
            ["某县交通运输局", "路政大队", "路政员", "葛晚晴", "路产损坏赔偿收取不开票", "三级风险",
             "非税收入系统开票"],
        )
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert _read(got) == [
        ("运政股", "股长", "葛望舒", '道路运输"两客一危"许可审查放宽', "Ⅰ级", "许可事项集体审议"),
        ("路政大队", "大队长", "葛闻笛", "超限运输处罚自由裁量过宽", "Ⅱ级", "执行处罚裁量基准"),
        ("路政大队", "路政员", "葛晚晴", "路产损坏赔偿收取不开票", "Ⅲ级", "非税收入系统开票"),
    ]  # fmt: skip
    assert _issues(got, "CELLS_TEXT_GUARDS") == [("A2", "21")]
    assert '"…"' in got.issues[got.issues["code"] == "CELLS_TEXT_GUARDS"]["message"].iloc[0]


def test_leading_apostrophes_kept_as_text_in_a_resaved_ods(tmp_path):
    rows = [
        ["某县退役军人事务局廉政风险点排查表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["'01", "'优抚股", "'股长", "'庞书瑶", "'优抚对象身份认定把关不严", "'高", "'认定材料集体审核"],
        ["'02", "'安置股", "'科员", "'庞予安", "'安置岗位分配不公", "'中", "'分配结果公示"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, "ods")
    assert _read(got) == [
        ("优抚股", "股长", "庞书瑶", "优抚对象身份认定把关不严", "Ⅰ级", "认定材料集体审核"),
        ("安置股", "科员", "庞予安", "安置岗位分配不公", "Ⅱ级", "分配结果公示"),
    ]
    assert _issues(got, "CELLS_TEXT_GUARDS") == [("A3", "14")]


def test_a_lone_guard_and_a_guard_inside_a_text_read_as_written(tmp_path):
    rows = [
        ["某县审计局廉政风险点登记表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["1", "经责审计股", "股长", g("晁明远"), "审计发现问题定性从轻", "高", "审理会集体定性"],
        ["2", "经责审计股", "审计员", "晁书澜", '按“="是"”筛选疑点后选择性取证', "中", "取证记录双人签字"],
        ["3", "法规审理股", "审理员", "晁叶舟", "审计报告审理流于形式", "低", "审理意见留痕"],
        ["4", "法规审理股", "'科员", "晁望舒", '"三重一大"事项审计取证不全', "低", '"两人一组"取证'],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert [(r[2], r[3], r[4]) for r in _read(got)] == [
        ('="晁明远"', "审计发现问题定性从轻", "Ⅰ级"),
        ("晁书澜", '按“="是"”筛选疑点后选择性取证', "Ⅱ级"),
        ("晁叶舟", "审计报告审理流于形式", "Ⅲ级"),
        ("晁望舒", '"三重一大"事项审计取证不全', "Ⅲ级"),
    ]
    assert _read(got)[3][1] == "'科员"
    assert not _issues(got, "CELLS_TEXT_GUARDS")
    assert any("晁明远" in v for _, v in _issues(got, "TEXT_FORMULA_LIKE"))


def test_a_real_formula_is_read_as_its_value(tmp_path):
    import openpyxl

    rows = [
        ["某县统计局廉政风险点一览表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["", "综合股", "股长", "阚若愚", "统计数据审核把关不严", "高", "数据三级审核"],
        ["", "执法股", "执法员", "阚清晏", "统计执法检查走过场", "低", "检查对象随机抽取"],
    ]
    got0 = _collect(tmp_path, rows)
    path = tmp_path / "inbox" / "导出.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["A3"], ws["A4"] = "=ROW()-2", "=ROW()-2"
    wb.save(path)
    config = load_config()
    inbox = tmp_path / "inbox"
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert (
        _read(got)
        == _read(got0)
        == [
            ("综合股", "股长", "阚若愚", "统计数据审核把关不严", "Ⅰ级", "数据三级审核"),
            ("执法股", "执法员", "阚清晏", "统计执法检查走过场", "Ⅲ级", "检查对象随机抽取"),
        ]
    )
    assert not _issues(got, "CELLS_TEXT_GUARDS")


def test_a_feedback_copy_keeps_the_guards_as_text(tmp_path):
    import openpyxl

    from xlproc.feedback import write_feedback

    rows = [
        ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [g("办公室"), g("主任"), g("沈砚秋"), g("公务接待超标准"), g("高"), g("接待清单审批")],
        [g("办公室"), g("文书"), g("沈听雨"), g("印章使用未登记"), g(""), g("用印登记")],
    ]
    for ext in ("ods", "xlsx"):
        got = _collect(tmp_path / ext, rows, ext, name="返回")
        assert _issues(got, "CELLS_TEXT_GUARDS")
        assert any(got.issues["severity"].isin(["error", "warning"]))  # (the missing level)
        out = write_feedback(got, tmp_path / ext / "fb", jobs=1)
        copy = next(p for p in out.copies if p.name.startswith("返回"))
        cells = [c for row in openpyxl.load_workbook(copy)["导出数据"].iter_rows() for c in row]
        by_value = {c.value: c.data_type for c in cells if c.value}
        assert by_value['="沈砚秋"'] == "s", ext
        assert not any(c.data_type == "f" for c in cells), ext


def test_the_issue_is_catalogued():
    from xlproc.issues import CATALOGUE, SHORT

    assert "CELLS_TEXT_GUARDS" in CATALOGUE.keys() & SHORT.keys()
    assert "B3" in CATALOGUE["CELLS_TEXT_GUARDS"][1].format(value="8", cell="B3", form='="…"')


def test_what_the_hundred_and_thirty_second_review_found_points_in_single_quotes(tmp_path):
    """A list whose points each open with a phrase in ASCII single quotes ('三重一大'事项…) is no
    column of kept apostrophes: the first quote had been taken for a guard and cut, leaving
    "三重一大'事项…" with half its quotes. An apostrophe with another in its text is no guard."""
    heading = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    got = _collect(
        tmp_path,
        [
            heading,
            ["1", "财务股", "会计", "蒯望舒", "'三重一大'事项未集体研究", "一级", "集体决策"],
            ["2", "财务股", "出纳", "蒯明远", "'小金库'私设", "二级", "定期对账"],
            ["3", "办公室", "主任", "蒯书瑶", "'公车私用'", "三级", "派车登记"],
        ],
    )
    assert [r[3] for r in _read(got)] == ["'三重一大'事项未集体研究", "'小金库'私设", "'公车私用'"]
    assert not _issues(got, "CELLS_TEXT_GUARDS")


def test_what_the_hundred_and_thirty_second_review_found_one_column_in_quotes(tmp_path):
    """Judgement: the points (or measures) of one column each in double quotes ('"小金库"') under
    plain cells are how the list was written, not a CSV field's kept quotes (an exporter quotes
    every field of a row): the quotes had been cut from every point. Kept quotes are read on the
    evidence of the sheet only; a column of '="…"' guards alone is still read (编号, 等级)."""
    heading = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    got = _collect(
        tmp_path,
        [
            heading,
            ["1", "财务股", "会计", "蒯望舒", '"三重一大"', "一级", '"双人复核"'],
            ["2", "财务股", "出纳", "蒯明远", '"小金库"', "二级", '"定期对账"'],
            ["3", "办公室", "主任", "蒯书瑶", '"公车私用"', "三级", '"派车登记"'],
            ["4", "办公室", "文员", "蒯予安", '"公文泄密"', "三级", '"涉密登记"'],
        ],
    )
    assert [r[3] for r in _read(got)] == ['"三重一大"', '"小金库"', '"公车私用"', '"公文泄密"']
    assert _read(got)[0][5] == '"双人复核"'
    assert not _issues(got, "CELLS_TEXT_GUARDS")


def test_what_the_hundred_and_thirty_second_review_found_a_level_column_half_guarded(tmp_path):
    """Judgement: a level column where two levels of four were pasted from the export ('="一级"'
    among '二级', '三级'): the guards, not most of the column, had stayed as written, both levels
    blank (LEVEL_UNKNOWN). '="…"' twice in one column, a third of its cells at least, is read as
    the text inside (what the formula shows as well); a lone one still stays as written."""
    heading = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    got = _collect(
        tmp_path,
        [
            heading,
            ["1", "财务股", "会计", "蒯望舒", "报销审核不严", g("一级"), "集体审核"],
            ["2", "财务股", "出纳", "蒯明远", "私设小金库", "二级", "定期对账"],
            ["3", "办公室", "主任", "蒯书瑶", "公车私用", g("三级"), "派车登记"],
            ["4", "办公室", "文员", "蒯予安", "公文泄密", "三级", "涉密登记"],
        ],
    )
    assert [r[4] for r in _read(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert _issues(got, "CELLS_TEXT_GUARDS") == [("F2", "2")]
    assert not _issues(got, "LEVEL_UNKNOWN")
