"""A form written in Chinese and another script beside it, of a border port or an autonomous
prefecture: Chinese–Russian (满洲里, 绥芬河) and Chinese–Korean (延边). The other script's rows (a
translation row under each point row, the title's and the headings' translations) are no rows
of the list, and its lines and words in a Chinese cell ('科长⏎Начальник отдела') no part of the
post or 科室 — as the 藏文/蒙古文/维吾尔文/彝文 forms were read already (SHEET_TWO_SCRIPTS info).

Not batch 671's 互市贸易区 公示表 (a translation row merged under each point): here a 绥芬河 口岸
服务中心's list with the Russian in the same cells, a 延边 乡镇's list with Korean translation rows,
and a Chinese list whose Latin words ('OA系统', 'PPP项目') are its own text, not another script.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "表.xlsx", {"公示表": rows}, {"公示表": merges or []})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def _codes(got, severity: str) -> list[str]:
    i = got.issues
    return sorted(i[i["severity"] == severity]["code"])


def test_russian_lines_in_the_chinese_cells_are_dropped(tmp_path):
    rows = [
        ["绥芬河市口岸服务中心岗位廉政风险防控一览表\nПеречень коррупционных рисков"],
        ["序号\n№", "科室\nОтдел", "岗位\nДолжность", "姓名\nФ.И.О.", "廉政风险点\nРиск", "风险等级\nУровень", "防控措施\nМеры"],
        ["1", "通关科\nОтдел таможенного оформления", "科长\nНачальник отдела", "靳沐霖", "通关查验中吃拿卡要\nВымогательство при досмотре", "一级\nВысокий", "查验双人在场"],
        ["2", "通关科\nОтдел таможенного оформления", "科员\nСпециалист", "靳湉岚", "违规放行货物\nНезаконный выпуск", "二级\nСредний", "系统比对放行"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, ["A1:G1"])
    assert _read(got) == sorted([
        ("通关科", "科长", "靳沐霖", "通关查验中吃拿卡要", "Ⅰ级"),
        ("通关科", "科员", "靳湉岚", "违规放行货物", "Ⅱ级"),
    ])  # fmt: skip
    assert "SHEET_TWO_SCRIPTS" in _codes(got, "info")
    assert _codes(got, "error") == [] and _codes(got, "warning") == []


def test_russian_translation_rows_under_each_point_are_no_points(tmp_path):
    rows = [
        ["绥芬河市互市贸易服务站廉政风险点公示表"],
        ["Таблица коррупционных рисков"],
        ["序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["", "Отдел", "Должность", "Ф.И.О.", "Риск", "Уровень", "Меры"],
        ["1", "市场科", "科长", "靳澈溪", "摊位分配中优亲厚友", "高", "公开抽签分配"],
        ["", "", "", "", "Фаворитизм при распределении мест", "Высокий", "Жеребьёвка"],
        ["2", "市场科", "科长", "靳澈溪", "收费不开票据", "中", "票款一致"],
        ["", "", "", "", "Сбор платы без квитанций", "Средний", "Сверка"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, ["A1:G1", "A2:G2"])
    assert _read(got) == sorted([
        ("市场科", "科长", "靳澈溪", "摊位分配中优亲厚友", "Ⅰ级"),
        ("市场科", "科长", "靳澈溪", "收费不开票据", "Ⅱ级"),
    ])  # fmt: skip
    assert _codes(got, "error") == []


def test_korean_translation_rows_of_a_yanbian_township(tmp_path):
    rows = [
        ["延吉市依兰镇人民政府岗位廉政风险防控一览表"],
        ["연길시 의란진 인민정부 청렴위험 방지 일람표"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["번호", "과실", "직위", "성명", "위험점", "위험등급", "방지조치"],
        ["1", "财政所", "所长", "朴胜哲", "资金拨付不按程序", "一级", "集体研究拨付"],
        ["", "재정소", "소장", "박승철", "자금 지급 절차 위반", "1급", "집단 연구"],
        ["2", "民政办", "主任", "金美兰", "低保审核优亲厚友", "二级", "入户核查公示"],
        ["", "민정판공실", "주임", "김미란", "최저생활보장 심사 특혜", "2급", "방문 조사"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, ["A1:G1", "A2:G2"])
    assert _read(got) == sorted([
        ("财政所", "所长", "朴胜哲", "资金拨付不按程序", "Ⅰ级"),
        ("民政办", "主任", "金美兰", "低保审核优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert "SHEET_TWO_SCRIPTS" in _codes(got, "info")
    assert _codes(got, "error") == []


def test_latin_words_of_a_chinese_list_are_its_own(tmp_path):
    rows = [
        ["某县发展和改革局岗位廉政风险防控一览表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["1", "投资科", "科长", "满骁沨", "PPP项目审核把关不严", "一级", "第三方评估"],
        ["2", "办公室", "科员", "满湉岚", "OA系统账号借用，泄露文件", "三级", "账号实名管理"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, ["A1:G1"])
    assert [p for *_x, p, _l in _read(got)] == ["OA系统账号借用，泄露文件", "PPP项目审核把关不严"]
    assert "SHEET_TWO_SCRIPTS" not in _codes(got, "info")
