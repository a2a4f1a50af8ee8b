"""Sheets of cards and records rather than one list: point cards, records of label lines
(and long key | field | value exports), labelled boxes, panels and side titles beside a
table, and the holder a card names in a text box, a page footer, a comment or the lines
above it. (A table printed in halves, ``_halves``, and tables side by side, ``_split``,
read a part of the sheet with a ``_Locator`` of its own: they stay in ``locate.py``.)

A mixin of ``xlproc.locate._Locator``; split out of ``locate.py`` by
``benchmarks/split_locate.py`` (its name rules decide what goes here).
"""

from __future__ import annotations

import re
from dataclasses import replace

from xlproc.columns import (
    LEADERS_GROUP,
    POINTISH,
    SURE,
    Heading,
    _dept_like,
    heading_role,
    looks_like_name,
)
from xlproc.identity import (
    HAN_NAME,
    HOLDER_SPLIT,
    NOT_SELF,
    NUMBERING,
    caption_identity,
    dept_in_title,
    heads_the_unit,
    is_post,
    post_of,
    self_post,
    several_names,
    split_unit_title,
    squeeze,
    tier_of_post,
    unit_in_title,
    unlisted_name_like,
)
from xlproc.issues import make_issue
from xlproc.locate_base import (
    _ARROWS,
    _BOARD_HOLDER_LINE,
    _CREW,
    _CREW_DEPT,
    _CREW_ROLE,
    _END_LEVEL,
    _FORMER,
    _HOLDER_HEADS,
    _HOLDER_ZH,
    _INT_CELL,
    _ITEM_LINE,
    _LEVEL_CLOSING,
    _LINE_LABEL,
    _LONG_KEY_HEAD,
    _LONG_LABEL_HEADS,
    _LONG_VALUE_HEADS,
    _MEASURES_ROW,
    _NOT_CREW,
    _NOT_HOLDER_FIELD,
    _NOT_HOLDER_LABEL,
    _NUMBERISH,
    _OTHERS_PART,
    _OUTLINE_HOLDER,
    _PANEL_CAPTIONS,
    _PANEL_WORDS,
    _PERSONAL_LABELS,
    _REMARKS_HEAD,
    _SIGNED,
    RawForm,
    RawRisk,
    _box_holder,
    _boxed_name,
    _field_with_value,
    _fields_in_line,
    _heading_level,
    _holder_parts,
    _is_risk_text,
    _join_posts,
    _key,
    _labelled_cell,
    _labelled_fields,
    _lead_name,
    _level_closed_items,
    _level_word,
    _names_point_cell,
    _parse_fields,
    _parse_unit,
    _point_and_clauses,
    _post_and_name,
    _Sheet,
    _side_title_text,
    _Table,
    _unmarked,
    field_of,
)
from xlproc.text import WATCHING_LABEL, LazyRe, cell_ref

# a pasted outline longer than this is no 文稿 of one unit's posts (``_pasted_outline``'s cheap test)
_OUTLINE_PASTED_ROWS = 3000
# a meeting's roles, no posts: '主持人：某某', '记录人：某某' over a minutes' numbered items
# (``_pasted_outline``, review 110)
# a caption or heading cell over a point's table saying it is not of the point's holders but of
# who watches, checks or rectifies it ('监督责任人', '整改任务分解', '监督方式', '完成时限')
_NOT_THE_HOLDERS_TABLE = LazyRe(r"监督|整改|检查|督办|督查|考核|巡察|审计|时限")
# a note saying a sheet's tab name is its risk point ('风险点名称以工作表名称为准', '风险点见表名',
# '各页签名称即为风险点'); read only in a line naming a 风险点 (``_point_of_tab``)
_TAB_IS_POINT_NOTE = LazyRe(
    r"(?:工作表|页签|标签|[Ss]heet|表)的?名(?:称|字)?(?:为准|即|就是|是|为)"
    r"|(?:见|即|为|以|按)(?:工作表|页签|标签|[Ss]heet|表)的?名"
)
# tab names that are no risk point: a sheet's number or year, a list's, a level's, a roster's
# ('Sheet1', '2025年', '重点岗位一览表', '一级风险点', '廉政风险防控')
_NOT_A_POINT_TAB = LazyRe(
    r"(?i)^(?:sheet|工作表|表)\d*$|(?:19|20)\d\d|[一二三四五1-5ⅠⅡⅢⅣⅤ]级|[高中低较]风险|风险点|廉政风险"
    r"|防控|一览|汇总|统计|台账|名单|名册|清单|目录|说明|明细|附件|(?:表|单|册)$"
)
_TAB_LEAD_NUMBER = LazyRe(
    r"^(?:[(（][0-9一二三四五六七八九十]+[)）]|[0-9一二三四五六七八九十]+[.、．_\s-])\s*"
)


def _tab_as_point(name: str) -> str:
    """A tab name that reads as a risk point ('入园项目准入评审把关不严', '3.标准化厂房租金擅自减免'
    without its number), else '': six characters or more, four of them Han, and no person, 科室,
    post, level, year or list's name ('张三', '招商服务科', '一级风险', 'Sheet1', '一览表')."""
    text = _TAB_LEAD_NUMBER.sub("", "".join(name.split()))
    if not 6 <= len(text) <= 40 or sum("\u4e00" <= ch <= "\u9fff" for ch in text) < 4:
        return ""
    if _NOT_A_POINT_TAB.search(text):
        return ""
    if looks_like_name(text) or _dept_like(text) or is_post(text):
        return ""
    return text


# what a risk point says is done wrong: a tab naming a work item ('项目资金拨付', '行政许可审批')
# is no point unless a note says the tabs are (review 127h, finding 6)
_TAB_RISK_WORD = LazyRe(
    r"不严|不实|不公|不当|不规范|不到位|不及时|不按|不执行|不落实|违规|违反|违纪|违法|私自|擅自|泄露|"
    r"泄密|虚报|虚开|虚假|冒领|套取|收受|索取|索要|超标准|超范围|超限|优亲厚友|走过场|暗箱|弄虚作假|"
    r"徇私|失职|渎职|滥用|挪用|截留|侵占|贪污|受贿|吃拿卡要|以权谋私|利益输送|谋取|回扣|好处|宴请|"
    r"干预|插手|指定|规避|拆分|降低标准|放宽|把关不|隐瞒|篡改|伪造|未按|未经|打招呼|说情|随意|"
    r"人情|亲友|刁难|推诿|拖延|漏|差错|失察|失管|串通|围标|操纵"
)
# a sheet's title naming a roster ('XX县商务局人员名册', '花名册', '通讯录'): never a key point's
_ROSTER_SHEET_TITLE = LazyRe(r"名册|名单|通讯录")


def _roster_titled(rows: list) -> bool:
    """A sheet whose title (a lone cell of its first rows) names a roster, no key point's."""
    for row in rows[:3]:
        said = [v for v in row if v and v.strip()]
        if len(said) == 1 and _ROSTER_SHEET_TITLE.search(said[0]):
            return True
    return False


def _notes_tab_is_point(rows: list) -> bool:
    """A line of the sheet's first rows saying the tabs are the risk points ('说明：…风险点名称以
    工作表名称为准')."""
    for row in rows[:40]:
        for v in row:
            if v and "风险点" in v and _TAB_IS_POINT_NOTE.search(v):
                return True
    return False


def _holders_only_heading(rows: list) -> bool:
    """A row of the sheet's first ones (with the row under it, '责任人员' over '股室 | 岗位 |
    姓名') heading a table of holders and their levels or measures and no point ('科室 | 岗位 |
    姓名 | 风险等级 | 本人防控措施')."""
    before: set[str] = set()
    for row in rows[:40]:
        cells = [v for v in row if v and v.strip()]
        roles: set[str] = set()
        if 2 <= len(cells) and all(len(v) <= 12 for v in cells):
            for v in cells:
                h = heading_role(_key(v))
                if h is None or h.strength < 2 or h.role in POINTISH:
                    roles = set()
                    break
                roles.add(h.role)
        both = roles | before
        if roles and len(both & set(_HOLDER_HEADS)) >= 2 and both & {"risk_level", "measures"}:
            return True
        before = roles
    return False


# a WeChat group relay's (群接龙) numbered entry: '1. 站长　某某：point（高）；point（中）' ('1、',
# '1）', '（1）'; a chat's '[昵称] ' or '【昵称】' before it): its number, holder and points
_RELAY_ENTRY = LazyRe(
    r"^(?:[\[【][^\]】\n]{1,20}[\]】]\s*)?(?:[（(]\s*(\d{1,3})\s*[)）]|(\d{1,3})\s*[.、．)）](?!\d))\s*"
    r"([^:：；;｜|\n]{3,24}?)\s*[:：]\s*(.*)$"
)
# a relay entry's points apart: '；', ';' or '｜'
_RELAY_SPLIT = LazyRe(r"\s*[；;｜|]\s*")
# a relay entry naming no point: '3. 科员　某某：无'
_RELAY_NONE = LazyRe(r"^(?:无|暂无|没有|无风险点|暂无风险点|/|／|-|—)[。.]?$")
# a relay's template line, not an entry ('例　岗位　姓名：…', '格式：…', '示例：1. 岗位　姓名：…')
_RELAY_TEMPLATE = LazyRe(r"^(?:例|示例|格式|模板|范例)")
# a template's placeholders standing for a holder ('岗位　姓名', '职务　某某', 'XXX')
_RELAY_PLACEHOLDER = LazyRe(r"姓名|某某|[Xx×＊*]{2,}|岗位$|职务$")
# a relay point's own number ('1.', '（2）', '③'): '1. 站长　某某：①…（高）；②…（中）'
_RELAY_POINT_NUMBER = LazyRe(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}\s*[.、．)）](?!\d)|[①-⑳])\s*")
# a relay longer than this is no one unit's 接龙 (``_relay_list``'s cheap test)
_RELAY_ROWS = 400
# what a relay of risk points is asked with (or a 接龙 named), above its entries or in its tab's or file's name: a
# duty list ('1. 局长　某某：主持全面工作（一级）') or a meeting's minutes ('（高）' a priority) says none
_RELAY_ASKED = LazyRe(r"风险|廉政|廉洁|接龙")
# a relay entry's line ending mid-list ('…（高）；'): the cell's next line carries its points on
_RELAY_OPEN = LazyRe(r"[；;｜|]\s*$")

# a questionnaire's question line (``_answer_blocks``): numbered as a section ('二、', '（三）',
# '4．', '第五题') and asking ('请…', '…：', '…？'), the words it names saying what its answers are
_QUESTION_NUMBER = LazyRe(
    r"^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[题问][、.．:：]?)\s*"
)
_QUESTION_ASKS = LazyRe(r"^\s*请|[:：？?]\s*$|哪些|什么|如何|怎样")
_QUESTION_MEASURES = LazyRe(r"措施|怎样防控|如何防控")
_QUESTION_LEVELS = LazyRe(r"等级|级别|风险程度")
_QUESTION_POINTS = LazyRe(r"风险点|风险隐患")
# a question naming the points and their levels at once ('…风险点，并在每条后注明风险等级：',
# '…风险点及其等级'): a points' question, unless it rates points listed above ('请对上述风险点评定等级')
_QUESTION_RATES = LazyRe(
    r"上述|以上|前述|所列|上面|前面|这些|评定|评估|评价|判定|认定|确定|划分|划定"
)
# a points' answer carrying its own level (``_answer_level``): in a bracket at its end or start,
# labelled or not ('…（风险等级：高）', '…（等级：二级）', '…（高风险）', '【中】…'), after a dash
# ('…——高风险', '…－等级：低'), or after a space as a level's own word ('…　二级风险')
_ANSWER_LEVEL_LABEL = r"(?:(?:风险)?(?:等级|级别|程度)\s*(?:为|是|[:：])?\s*)?"
_ANSWER_LEVEL_BRACKET = LazyRe(
    r"\s*[【\[（(〔]\s*" + _ANSWER_LEVEL_LABEL + r"([^【\[（()）\]】〔〕:：]{1,6}?)\s*[】\]）)〕]$"
)
_ANSWER_LEVEL_OPENING = LazyRe(
    r"^[【\[（(〔]\s*" + _ANSWER_LEVEL_LABEL + r"([^【\[（()）\]】〔〕:：]{1,6}?)\s*[】\]）)〕]\s*"
)
_ANSWER_LEVEL_DASH = LazyRe(r"\s*(?:[—–－~～]+|-{1,2}|→)\s*" + _ANSWER_LEVEL_LABEL + r"(\S{1,6})$")
# (the characters a level's word needs: a sheet lacking them all has no level inside an answer)
_ANSWER_LEVEL_WORDS = ("级", "高", "中", "低", "一般", "重大", "较大", "严重", "轻微", "★")
_ANSWER_LEVEL_SPACED = LazyRe(r"[ \u3000]+(\S{1,4}(?:风险|级))$")
# an answer's number ('（1）', '(2)', '3.', '4、', '5）', '⑥', '（一）'): the answers of the
# blocks are paired by it
_ANSWER_NUMBER = LazyRe(
    r"^\s*(?:[（(]([一二三四五六七八九十\d]{1,3})[)）]|(\d{1,2})\s*[.、．)）](?!\d)|([①-⑳]))\s*"
)
# several short answers on one line ('1.高 2.中 3.低', '（1）高；（2）中'): each a number's
_ANSWERS_ON_A_LINE = LazyRe(
    r"(?:^|[\s\u3000；;，,])\s*(?:[（(]([一二三四五六七八九十\d]{1,3})[)）]|(\d{1,2})\s*[.、．)）](?!\d)|([①-⑳]))"
)
_CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}

# a work-group chat export (``_chat_export``): '序号 | 时间 | 发送人 | 消息内容', one row a message,
# the sender's 群昵称 ('科室-职务-姓名') its holder and a point message's labelled clauses
# ('风险点：…；等级：高；措施：…。') its point, level and measures
_CHAT_SENDER_HEADS = frozenset(
    "发送人 发送者 发言人 发信人 发送方 发言者 发送人昵称 群昵称 昵称 用户昵称 发送人群昵称 成员 群成员".split()
)
_CHAT_MESSAGE_HEADS = frozenset(
    "消息内容 消息 内容 聊天内容 发送内容 消息正文 发言内容 文本内容 消息文本 聊天记录".split()
)
_CHAT_TIME_HEADS = frozenset("时间 发送时间 消息时间 日期 发言时间 日期时间".split())
_CHAT_HEAD_ROWS = 15
_CHAT_ROWS = 5000
# a nickname's parts ('招商服务科-科长-某某', '科长_某某', '办公室｜出纳｜某某'; '·' is a name's own)
_CHAT_NICK_SPLIT = LazyRe(r"[\s\u3000]*[\-－—–_/／|｜丨]+[\s\u3000]*|[\s\u3000]+")
# a message's labelled clauses: the point's label opens it (a '1.' or '①' before it at most)
_CHAT_POINT_OPEN = LazyRe(
    r"^\s*(?:\d{1,2}[.、．]|[①-⑳])?\s*[【\[]?(?:廉政|廉洁)?风险(?:点|隐患)(?:名称|内容)?[】\]]?\s*[:：]"
)
_CHAT_CLAUSE = LazyRe(
    r"^\s*(?:\d{1,2}[.、．]|[①-⑳])?\s*[【\[]?(?:(?P<point>(?:廉政|廉洁)?风险(?:点|隐患)(?:名称|内容)?)"
    r"|(?P<level>(?:风险)?(?:等级|级别|程度))|(?P<measures>(?:防控|防范|管控)?措施)"
    r"|(?P<type>(?:风险)?类[型别]))[】\]]?\s*[:：]\s*"
)
_CHAT_CLAUSE_SPLIT = LazyRe(r"[；;\n]")
# a message quoting another's words ('转发：…', '[转发]…', '引用：…', '「某某：…」'): no point of
# the sender's own
_CHAT_QUOTED = LazyRe(r"^\s*(?:[【\[]?(?:转发|引用|分享|转)[】\]]?\s*[:：]?|[「『“\"])")
# a point clause no one filled in ('…', 'XXX', '（填写风险点）') or asking ('这一栏怎么写？')
_CHAT_PLACEHOLDER = LazyRe(
    r"^[.…。、\sXx×*＊_]*$|^[（(【\[<＜][^）)】\]>＞]*[）)】\]>＞]$|[?？]\s*$"
)

# a holder's prose 承诺 paragraph, one a row (``_pledge_paragraphs``): '本人某某，任<unit>局长，…' —
# the holder's name after 本人, the post after 任 / 担任 / 现任 (in 在…任, the 科室 before)
_PLEDGE_HOLDER = LazyRe(
    r"^\s*(?:[（(]?\d{1,3}[)）.、．]\s*)?本人\s*[:：]?\s*([\u4e00-\u9fff·]{2,6}?)\s*(?:同志)?\s*[，,、]?\s*"
    r"(现任|担任|任|现为|系|在)\s*([^，,。；;：:\n]{2,40})"
)
# where the paragraph's own points begin: '本人岗位廉政风险点有：', '我的风险点主要有1.…'
_PLEDGE_POINTS_LEAD = LazyRe(
    r"风险(?:点|隐患)[^：:，,。；;\n]{0,12}?[:：]|风险(?:点|隐患)(?:主要)?(?:有|为|包括)(?=\s*(?:[（(]?\d|[①-⑳]))"
)
# the clause before that lead says whose points they are: the holder's own, not the unit's
_PLEDGE_OWN = LazyRe(r"本人|本岗|我的|我岗|个人|岗位|职务|职责")
_PLEDGE_NOT_OWN = LazyRe(
    r"单位|我局|本局|全局|部门|我所|本所|我站|本站|我中心|本中心|科室|股室|班子|全体|各岗位"
)
# where the promise begins (no point): '本人承诺：', '我郑重承诺', '承诺如下：'
_PLEDGE_PROMISE = LazyRe(r"(?:本人|我)(?:郑重|庄严|公开)?承诺|承诺(?:如下)?\s*[:：]")
# a point's number in the paragraph ('1.', '2、', '（3）', '④') at the start or after a break or a
# closing bracket ('…（高）（2）…')
_PLEDGE_ITEM = LazyRe(
    r"(?:^|(?<=[；;。，,\s\u3000：:）)】\]]))\s*(?:[（(](\d{1,2})[)）]|(\d{1,2})\s*[.、．)）](?!\d)|([①-⑳]))\s*"
)

# a 鱼骨图's spine (``_fishbone``): cells of line-drawing characters alone, cell after cell
_SPINE_CHARS = "━─═—＝"
_FISHBONE_ROWS = 80
_SPINE_RUN = re.compile(r"[━─═—＝=\-－_→➔►▶>]{2,}")


def _bone_end(text: str) -> tuple[str, str] | None:
    """(post, holder) a 鱼骨图's bone names at its far end ('站长　某某', '会计：某某', '副站长⏎某某',
    a post or a name alone); None for a point or anything else."""
    t = text.strip()
    if not t or len(t) > 16:
        return None
    parts = [x for x in re.split(r"[\s\u3000:：]+", t) if x]
    if len(parts) == 2 and is_post(parts[0]) and not looks_like_name(parts[0]):
        name = parts[1]
        return (parts[0], name) if looks_like_name(name) or unlisted_name_like(name) else None
    if len(parts) == 1 and len(t) <= 8:
        if is_post(t) and not looks_like_name(t):
            return t, ""
    return None


_PASTED_MEETING_ROLE = LazyRe(
    r"^(?:会议)?(?:主持人?|记录人?|记录员|参会(?:人员?)?|参加人员?|与会人员?|出席(?:人员)?|列席(?:人员)?"
    r"|缺席(?:人员)?|召集人|汇报人|发言人|填报人|填表人|审核人|联系人)$"
)

# punctuation a holder's line never has: a point's or a note's ('…，…。', '注：…')
_BOARD_BARE_NOT = frozenset("，。；;：:、,!！?？")


def _card_lines(v: str) -> tuple[str, ...]:
    """A level board's card written whole in one cell ('【营业所　所长　某某】⏎point⏎措施：…'):
    its holder's line, its point and its measures from the '措施：' line on, read as the cells of
    a card down the column (``_board_cards``); any other cell as it is, one piece."""
    if "\n" not in v:
        return (v,)  # (the cheap test: one line)
    lines = [x.strip() for x in v.splitlines() if x.strip()]
    if len(lines) < 2 or not (_BOARD_HOLDER_LINE.match(lines[0]) or _bare_board_holder(lines[0])):
        return (v,)
    at = next((i for i, x in enumerate(lines) if i and _MEASURES_ROW.match(x)), len(lines))
    said = ["\n".join(lines[1:at]), "\n".join(lines[at:])]
    return (lines[0], *filter(None, said))


def _bare_board_holder(v: str) -> dict[str, str]:
    """A card's holder line with no brackets ('营业所　所长　某某'): words parted by spaces, a
    post and a name among them and no point's punctuation, else {}. Only a card with its point and
    '措施：' under it is so read (``_board_cards``)."""
    if len(v) > 30 or len(v.split()) < 2 or not _BOARD_BARE_NOT.isdisjoint(v):
        return {}
    held = _holder_parts(v)
    return held if "title" in held and "person" in held else {}


class _Cards:
    """Methods of ``_Locator`` (``xlproc.locate``): see the module's docstring."""

    def _card_tiles(self, n: int) -> list[tuple[int, int]]:
        """The column windows (first column, end) of label | value cards tiled side by side for
        cutting out ('责任人 | 韶翊岑 | | 责任人 | 雒瀚岚 | | 责任人 | …', '风险点 | … | | 风险点 |
        …': each card's labels at A, D, G, a blank column between or none): one window a column
        of cards, each read as cards stacked down it. Only where the same label recurs along
        rows at the same columns, on rows naming a point and a holder and one more field, no
        value a heading; [] elsewhere (one card of one holder, '风险点一 | … | 风险点二 | …'
        its labels differing; a form beside a list; a header row)."""
        sh = self.sh
        said: dict[str, Heading | None] = {}
        roles: set[str] = set()
        spans: list[tuple] = []  # (the label's role, its columns) of each such row
        for r in range(n):
            cols = sh.nonempty(r)
            if len(cols) < 4 or len(cols) % 2:
                continue
            k = sh.key(r, cols[0])  # (the cheap test: the same label on every pair)
            if not k or k == "\x00" or any(sh.key(r, c) != k for c in cols[2::2]):
                continue
            h = said.get(k)
            if h is None and k not in said:
                h = said[k] = heading_role(k)
            if h is None or h.strength < 2:
                continue
            if any(
                field_of(vk) or ((hv := heading_role(vk)) is not None and hv.strength >= 3)
                for c in cols[1::2]
                if (vk := sh.key(r, c)) and vk != "\x00"
            ):
                continue  # ('岗位 | 风险点 | 岗位 | 风险点': headings side by side)
            roles.add(h.role)
            spans.append((h.role, *cols[::2]))
        if "risk_point" not in roles or not roles & set(_HOLDER_HEADS) or len(roles) < 3:
            return []
        # the cards' label columns: those of the point rows, every such row's within them
        starts = sorted({c for role, *span in spans if role == "risk_point" for c in span})
        if len(starts) < 2 or any(b - a < 2 for a, b in zip(starts, starts[1:], strict=False)):
            return []
        if not all(set(span) <= set(starts) for _role, *span in spans):
            return []
        return list(zip(starts, [*starts[1:], max(map(len, sh.rows))], strict=True))

    def _point_cards(self) -> list[RawForm]:
        """Cards of one risk point each, stacked down a sheet between blank rows, each all label |
        value pairs — its number and point ('编　号 | … | 风险点名称 | …'), its 科室, post and
        holder, type and level, a line each for its 风险表现 and 防控措施 — and no header row
        (一点一卡): a form per holder, a point per card. Read only where two cards or more are.

        Cards printed several across for cutting out ('风险点 | … | | 风险点 | … | | 风险点 | …',
        the same labels at columns A, D, G; ``_card_tiles``): each column of cards is read as a
        stack of its own, every card its own holder's, the cards in grid order (left to right,
        then down) and their cells where they stand."""
        sh = self.sh
        n = min(len(sh.rows), 400)
        tiles = self._card_tiles(n)
        if tiles:
            cards: list[dict] = []
            for window in tiles:
                got = self._card_blocks(n, {}, window)
                if got is None:
                    return []
                cards += got
            cards.sort(key=lambda c: (c["_top"], c["_left"]))
            return self._card_forms(n, cards)
        # the cheap test: label | value rows, two of them naming a point
        quick = [r for r, row in enumerate(sh.rows[:n]) if len(row) - row.count("") in (2, 4, 6)]
        if len(quick) < 6:
            return []
        # (cheaper still first: two rows with a label of a risk point at a pair's place, as a
        # row of ``_pairs`` naming one has)
        said: dict[str, bool] = {}  # a label's text → it names a risk point
        named = 0
        for r in quick:
            for v in list(filter(None, sh.rows[r]))[::2]:  # (the labels: the filled cells 1, 3, 5)
                got = said.get(v)
                if got is None:
                    k = _key(v)
                    h = heading_role(k) if k and k != "\x00" else None
                    got = said[v] = h is not None and h.role == "risk_point"
                if got:
                    named += 1
                    break
            if named >= 2:
                break
        else:
            return []
        pairs = {r: p for r in quick if (p := self._pairs(r))}
        if sum(1 for p in pairs.values() if any(h.role == "risk_point" for h, _c, _v in p)) < 2:
            return []
        got_cards = self._card_blocks(n, pairs)
        return self._card_forms(n, got_cards) if got_cards is not None else []

    def _card_blocks(
        self,
        n: int,
        pairs: dict[int, list[tuple[Heading, int, str]]],
        window: tuple[int, int] | None = None,
    ) -> list[dict] | None:
        """The cards of ``_point_cards``: the blocks between blank rows under the title, each all
        label | value rows naming one point (its fields, their columns, its first row); None
        where a block is not such a card (a caption over records, a holder's several points).
        With a window, only its columns (one column of cards tiled across; ``_card_tiles``)."""
        sh = self.sh
        if window is None:
            cells = sh.nonempty
        else:
            lo, hi = window

            def cells(x: int) -> list[int]:
                return [c for c in sh.nonempty(x) if lo <= c < hi]

        cards: list[dict] = []
        block: list[int] = []
        other = False
        for r in range(len(sh.rows) + 1):
            if r < len(sh.rows) and cells(r):
                block.append(r)
                continue
            rows = [x for x in block if len(cells(x)) > 1]
            lead = next((i for i, x in enumerate(block) if x in rows), len(block))
            # a lone line among a card's pairs, or heading a later card: a caption ('二、营林股'
            # over its records, read by ``_records``); over the first, the sheet's title lines
            lone = any(x not in rows for x in block[lead:]) or (
                lead > 0
                and (
                    bool(cards)
                    or any(NUMBERING.match(sh.rows[x][cells(x)[0]]) for x in block[:lead])
                )
            )
            block = []
            if not rows:
                other = other or bool(cards)
                continue
            if window is None:
                got = [pairs.get(x) if x < n else self._pairs(x) for x in rows]
            else:
                got = [self._pairs(x, window) for x in rows]
            if not all(got):
                other = other or bool(cards)  # (a title or 填报 line above them, a sign-off under)
                continue
            if lone:
                return None  # ('二、资源管理股' over its records: captions, read by ``_records``)
            if other:
                return None  # a block of another kind among the cards: not this layout
            card: dict = {"_row": rows[0], "_cols": {}, "_top": rows[0], "_left": cells(rows[0])[0]}
            points = 0
            for x, p in zip(rows, got, strict=True):
                for h, c, v in p:
                    points += h.role == "risk_point"
                    if h.role not in card and h.strength >= 2:
                        card[h.role] = (
                            squeeze(v) if h.role in ("department", "title", "person") else v
                        )
                        card["_cols"][h.role] = c
                        if h.role == "risk_point":
                            card["_row"] = x
            # ('风险点一 | … | 风险点二 | …' on one card: a holder's points, read so)
            if points != 1:
                return None
            cards.append(card)
        return cards

    def _card_forms(self, n: int, cards: list[dict]) -> list[RawForm]:
        """The forms of ``_point_cards``' cards: one a holder, a point a card."""
        sh = self.sh
        cards = [c for c in cards if c.get("risk_point") and ("risk_level" in c or "measures" in c)]
        if len(cards) < 2:
            return []
        title = next(
            ("".join(sh.rows[r]) for r in range(min(n, 6)) if len(sh.nonempty(r)) == 1
             and unit_in_title("".join(sh.rows[r]))),
            "",
        )  # fmt: skip
        unit, dept = unit_in_title(title), dept_in_title(title)
        forms: dict[tuple[str, str, str], RawForm] = {}
        split = []
        for c in cards:
            _u, d, post, who = post_of(
                "",
                c.get("department", ""),
                c.get("title", ""),
                c.get("person", ""),
                "",
                dept,
                "",
                "",
            )
            names = HOLDER_SPLIT.split(who) if who and HOLDER_SPLIT.search(who) else [who]
            if len(names) > 1 and not several_names(names):
                names = [who]
            split.extend({**c, "department": d, "title": post, "person": x} for x in names)
        for c in split:
            key = (c["department"], c["title"], c["person"])
            f = forms.get(key)
            if f is None:
                pc = c["_cols"].get("person")
                f = forms[key] = RawForm(
                    sheet=self.grid.name, style="list", tier=tier_of_post(key[1], key[0]), unit=unit, department=key[0],
                    title=key[1], person=key[2], declared="",
                    person_cell=cell_ref(c.get("_held", c["_row"]), pc) if pc is not None else "",
                    declared_cell="", header_row=c["_row"], person_asked=pc is not None,
                    grade_asked=False,
                )  # fmt: skip
            f.risks.append(
                RawRisk(
                    c["_row"],
                    "",
                    c.get("duty", ""),
                    c.get("workflow", ""),
                    c["risk_point"],
                    c.get("risk_type", ""),
                    c.get("risk_level", ""),
                    c.get("measures", ""),
                    {"risk_point": c["_cols"]["risk_point"], **c["_cols"]},
                    person=key[2],
                    department=key[0],
                    title=key[1],
                    description=c.get("description", ""),
                    unit=unit,
                )  # fmt: skip
            )
            self.seen += 1
        return list(forms.values())

    def _holders_heading(self, r: int) -> dict[int, str] | None:
        """Row ``r``'s column roles if it heads a small table of holders ('序号 | 科室 | 岗位 |
        姓名 | 风险等级 | 本人防控措施'): three short cells or more, every one a heading word of
        its own role and none a point; else None. Such a row is never a card's label | value
        pairs (a heading word is no label's value)."""
        sh = self.sh
        cols = sh.nonempty(r)
        if len(cols) < 3 or any(len(sh.rows[r][c]) > 12 for c in cols):
            return None  # (the cheap test)
        out: dict[int, str] = {}
        for c in cols:
            k = sh.key(r, c)
            h = heading_role(k) if k and k != "\x00" else None
            if h is None or h.strength < 2 or h.role in POINTISH:
                return None
            if h.role != "other" and h.role in out.values():
                return None  # ('岗位 | 姓名 | 岗位 | 姓名': pairs, not one table's heading)
            out[c] = h.role
        return out

    def _point_holders_table(self) -> list[RawForm]:
        """One sheet a key point (重点廉政风险点“一点一策”): a label block naming the point and no
        holder ('编号 | 第1项 | 风险类型 | …', '风险点名称 | …', '风险表现 | …', the values merged
        across), under it a caption ('涉及岗位及人员') and a small table of its holders ('序号 |
        科室 | 岗位 | 姓名 | 风险等级 | 本人防控措施', or '责任人员' merged over '科室 | 岗位 |
        姓名'): each row a holder of the block's point, with the row's own level and measures
        (else the block's), a form per holder; the sheets' holders are joined across the file
        (``collect._join_point_sheets``). Said once a sheet (POINT_HOLDERS_TABLE). A block
        naming its own holder ('责任人 | …', a registration card) and a table of no level or
        measures (a family's, a duty list) are left as before. With no label block at all the
        point may be the sheet's TAB NAME ('入园项目准入评审把关不严', ``_point_of_tab``; said once a
        sheet, POINT_FROM_SHEET_NAME)."""
        sh = self.sh
        n = len(sh.rows)
        top = next((r for r in range(2, min(n, 40)) if self._holders_heading(r)), None)
        merged = self.grid.merged_into if self.grid.merges else {}
        if top in (None, 2) and n > 1 and _tab_as_point(self.grid.name):
            # a heading under the title alone, no room for a label block: the tab the point
            # (or its second row, '股室 | 岗位 | 姓名' under '责任人员' merged across)
            early = next((r for r in (0, 1) if self._holders_heading(r)), None)
            if top is None or (
                early == 1
                and any(merged.get((2, c), (2, c))[0] == 1 for c in range(len(sh.rows[2])))
            ):
                top = early
        if top is None:
            return []
        if any(merged.get((top, c), (top, c))[0] < top for c in range(len(sh.rows[top]))):
            return []  # (a cell merged down into it from the row above: a list's second heading row)
        roles = dict(self._holders_heading(top) or {})
        head = top
        if top + 1 < n and (under := self._holders_heading_under(top)):
            roles.update(under)  # ('责任人员' merged over '科室 | 岗位 | 姓名')
            head += 1
        said = set(roles.values())
        if len(said & set(_HOLDER_HEADS)) < 2:
            return []
        words = [sh.rows[x][c] for x in range(top, head + 1) for c in sh.nonempty(x)]
        if top > 1 and len(sh.nonempty(top - 1)) == 1:
            words += [sh.rows[top - 1][c] for c in sh.nonempty(top - 1)]  # (its caption)
        if "monitoring" in said or any(_NOT_THE_HOLDERS_TABLE.search(w) for w in words):
            return []  # ('监督责任人' over '… | 监督方式', '整改措施 | … | 完成时限': not the holders')
        block: dict[str, tuple[str, int, int]] = {}  # role → (value, row, column)
        points = 0
        for x in range(top):
            cols = sh.nonempty(x)
            if len(cols) < 2:
                continue  # (the title, the caption over the table)
            if len(cols) >= 3 and all(_heading_word(sh.key(x, c)) for c in cols):
                return []  # ('序号 | 岗位信息 | 风险点 | 风险类型 | …' over '股室 | 岗位 | 姓名': a list's
                # first heading row, no label block)
            got = self._pairs(x)
            if not got:
                return []  # (a row of another kind above: not a label block)
            for h, c, v in got:
                if h.role in _HOLDER_HEADS and v.strip():
                    return []  # ('责任人 | …': a registration card of one holder)
                points += h.role == "risk_point"
                if h.strength >= 2 and v.strip():
                    block.setdefault(h.role, (v.strip(), x, c))
        point = block.get("risk_point")
        tab = ""
        if not block and not points and {"risk_level", "measures"} & said:
            # no label block, no point column: the point may be the sheet's TAB NAME
            # ('入园项目准入评审把关不严' over '科室 | 岗位 | 姓名 | 风险等级 | 本人防控措施')
            tab = self._point_of_tab()
            if not tab:
                return []
            first = min(roles)
            point = (tab, top, first)
        elif points != 1 or point is None or len(point[0]) < 4:
            return []
        if not {"risk_level", "measures"} & (said | set(block)):
            return []  # (no level nor measures of the point: a family's table, a duty list)
        title = next(
            ("".join(sh.rows[r]) for r in range(top) if len(sh.nonempty(r)) == 1
             and unit_in_title("".join(sh.rows[r]))),
            "",
        )  # fmt: skip
        unit, dept = unit_in_title(title), dept_in_title(title)
        col = {role: c for c, role in roles.items()}
        forms: dict[tuple[str, str, str], RawForm] = {}
        stray: list[int] = []
        r = head + 1
        while r < n and len(sh.nonempty(r)) >= 2 and not self._holders_heading(r):
            if sh.kind(r) == "signoff":
                break  # ('制表： | 审核： | 监督：…' under the table: no holder)
            row = sh.rows[r]

            def cell(role: str, row: list[str] = row) -> str:
                c = col.get(role)
                return row[c].strip() if c is not None and c < len(row) else ""

            _u, d, post, who = post_of(
                "", cell("department"), cell("title"), cell("person"), "", dept, "", ""
            )
            if not (post or who):
                stray.append(r)  # (a row naming no holder: said, not dropped)
                r += 1
                continue
            key = (d, post, who)
            f = forms.get(key)
            if f is None:
                pc = col.get("person")
                f = forms[key] = RawForm(
                    sheet=self.grid.name, style="list", tier=tier_of_post(post, d), unit=unit,
                    department=d, title=post, person=who, declared="",
                    person_cell=cell_ref(r, pc) if pc is not None else "", declared_cell="",
                    header_row=head, person_asked=pc is not None, grade_asked=False,
                )  # fmt: skip
            where = {role: block[role][2] for role in block}
            rows = {role: block[role][1] for role in block}
            for role in ("risk_level", "measures"):
                if cell(role):
                    where[role], rows[role] = col[role], r
            if tab:  # (the point in no cell: the row's own, at its first cell)
                where["risk_point"], rows["risk_point"] = point[2], r
            f.risks.append(
                RawRisk(
                    r,
                    "",
                    "",
                    "",
                    point[0],
                    block.get("risk_type", ("",))[0],
                    cell("risk_level") or block.get("risk_level", ("",))[0],
                    cell("measures") or block.get("measures", ("",))[0],
                    where,
                    person=who,
                    department=d,
                    title=post,
                    description=block.get("description", ("",))[0],
                    unit=unit,
                    rows=rows,
                )
            )
            self.seen += 1
            r += 1
        if not forms:
            return []
        # rows after the table but a sign-off line (another block, a second table): said, not
        # dropped
        stray += [x for x in range(r, n) if len(sh.nonempty(x)) >= 2]
        for x in stray:
            if sh.kind(x) not in ("signoff", "note"):
                self._unplace(x)
        if tab:
            self.issues.append(
                make_issue(
                    "POINT_FROM_SHEET_NAME", self.rel, self.grid.name,
                    cell_ref(point[1], point[2]), value=tab, holders=str(len(forms)),
                )
            )  # fmt: skip
        else:
            self.issues.append(
                make_issue(
                    "POINT_HOLDERS_TABLE", self.rel, self.grid.name,
                    cell_ref(point[1], point[2]), value=str(len(forms)),
                )
            )  # fmt: skip
        for f in forms.values():
            f.point_sheet = True
        return list(forms.values())

    def _point_of_tab(self) -> str:
        """The sheet's tab name as its one key point, when its table lists only the point's
        holders (no point column, no label block): the tab reads as a risk point
        ('入园项目准入评审把关不严'; no person, 科室, post, level, 'Sheet1', year or '…一览表'), and a
        note on a sheet of the file says the tab is the point ('风险点名称以工作表名称为准',
        '风险点见表名') or another sheet is so too (a tab of a point over a table of holders).
        Else ''."""
        tab = _tab_as_point(self.grid.name)
        if not tab or _roster_titled(self.grid.rows):
            return ""  # (the cheap test; a sheet titled '人员名册' is no key point's)
        sheets = [g for g in self.file_sheets if g is not self.grid and g.name != self.grid.name]
        if any(_notes_tab_is_point(g.rows) for g in (self.grid, *sheets)):
            return tab
        if not _TAB_RISK_WORD.search(tab):
            return ""  # ('项目资金拨付': a work item, no point, where no note says so)
        if any(
            _tab_as_point(g.name) and _TAB_RISK_WORD.search(g.name) and not _roster_titled(g.rows)
            and _holders_only_heading(g.rows)
            for g in sheets
        ):  # fmt: skip
            return tab
        return ""

    def _holders_heading_under(self, r: int) -> dict[int, str]:
        """The roles of a second heading row under ``r`` ('责任人员' merged over '科室 | 岗位 |
        姓名'): each cell a heading word under a cell of ``r`` merged across it; {} elsewhere."""
        sh = self.sh
        cols = sh.nonempty(r + 1)
        merged = self.grid.merged_into if self.grid.merges else {}
        if len(cols) < 2 or not all((r, c) in merged or c in sh.nonempty(r) for c in cols):
            return {}
        out: dict[int, str] = {}
        for c in cols:
            k = sh.key(r + 1, c)
            h = heading_role(k) if k and k != "\x00" else None
            if h is None or h.strength < 2 or h.role in POINTISH:
                return {}
            out[c] = h.role
        return out

    def _level_board(self) -> list[RawForm]:
        """A level board (廉政风险等级看板): a row of the levels themselves ('高风险 | 中风险 |
        低风险', '一级 | 二级 | 三级'; '风险等级' merged over it or not, '序号' beside), each level
        column a stack of cards down the sheet — the holder's line wholly in brackets
        ('【保管部　主任　张三】', '（讲解员 李四）'), the point under it, then '措施：…' lines —
        a blank row between cards or none: each card a point of its bracketed holder at its
        column's level, its measures from its '措施：' lines; a form a holder. Only where every
        cell of the level columns down to the board's end (a '注：' or sign-off line, any cell
        beside them but a number) is such a card's; [] elsewhere (points one a cell under the
        levels, ticks under them: ``_level_headers`` and the columns read those)."""
        sh = self.sh
        n = min(len(sh.rows), 400)
        for r in range(min(n, 30)):
            cols = sh.nonempty(r)
            if len(cols) < 2 or any(len(sh.rows[r][c]) > 12 for c in cols):
                continue  # (the cheap test: a row of short cells)
            levels = {c: v for c in cols if self.config.level(v := sh.rows[r][c]) is not None}
            if len(levels) < 2 or len({self.config.level(v) for v in levels.values()}) < len(
                levels
            ):
                continue
            if any(
                c not in levels
                and not (r and sh.rows[r - 1][c] == sh.rows[r][c])  # ('序号' merged down)
                and heading_role(sh.key(r, c)) is None
                for c in cols
            ):
                continue  # ('岗位 | 高 | 中 | 低' with words that are no heading: not a header)
            cards = self._board_cards(r, levels, n)
            if not cards:
                return []
            forms = self._card_forms(n, cards)
            if forms:
                self.issues.append(
                    make_issue("LEVEL_BOARD_CARDS", self.rel, self.grid.name,
                               cell_ref(r, min(levels)), value="、".join(levels.values()))
                )  # fmt: skip
            return forms
        return []

    def _board_cards(self, h: int, levels: dict[int, str], n: int) -> list[dict]:
        """The cards of ``_level_board`` under its level row ``h``, column by column top-down
        (a holder's cards in level order); [] where any cell of a level column is no part of a
        card (a point with no bracketed holder above, a holder with no point, a tick)."""
        sh = self.sh
        end = n
        for x in range(h + 1, n):
            if any(
                (c not in levels and not _INT_CELL.match(sh.rows[x][c])) or sh.span_end(x, c) > c
                for c in sh.nonempty(x)
            ):
                end = x  # ('注：…', '制表：…' beside or merged across the columns: the board ends)
                break
        cards: list[dict] = []
        for c, level in levels.items():
            card: dict | None = None
            for x in range(h + 1, end):
                v = sh.rows[x][c] if c < len(sh.rows[x]) else ""
                if not v or (x > h + 1 and sh.rows[x - 1][c] == v):
                    continue  # (a blank between cards, a cell merged down)
                for line in _card_lines(v):
                    m = _BOARD_HOLDER_LINE.match(line)
                    held = _holder_parts(m.group(1)) if m else _bare_board_holder(line)
                    if "title" in held or "person" in held:
                        if card is not None and "risk_point" not in card:
                            return []  # (two holder lines, no point between)
                        card = {**held, "risk_level": level, "_held": x, "_row": x, "_top": x,
                                "_left": c, "_cols": {"risk_point": c, "risk_level": c}}  # fmt: skip
                        card["_cols"].update((k, c) for k in held)
                        if not m:
                            card["_bare"] = True
                        cards.append(card)
                    elif card is None or m:
                        return []  # (a point with no holder's line over it, a bracket of no one)
                    elif _MEASURES_ROW.match(line):
                        if "risk_point" not in card:
                            return []
                        said = _MEASURES_ROW.sub("", line, count=1).strip()
                        card["measures"] = "\n".join(filter(None, (card.get("measures"), said)))
                        card["_cols"]["measures"] = c
                    elif "risk_point" in card or not _is_risk_text(line, self.config):
                        return []  # (a second point on one card, a tick: not such a board)
                    else:
                        card["risk_point"] = line
                        card["_row"] = x
        if len(cards) < 2 or any("risk_point" not in x for x in cards):
            return []
        if any(x.pop("_bare", False) and "measures" not in x for x in cards):
            return []  # (a holder's line with no brackets: only on a whole card with its 措施)
        return cards

    def _records(self) -> list[RawForm]:
        """A sheet with no table but label lines, one per field ('风  险:' | '…',
        '风险等级:' | '高', '措  施:' | '…'), under captions naming the 科室: each 风险 line
        opens a risk point. Read only where at least two such points are found."""
        sh = self.sh
        forms: list[RawForm] = []
        form: RawForm | None = None
        current: dict[str, str] | None = None
        # a level or type line before its record's point ('责任人 | … | 风险等级 | 一级' above
        # '风险点 | …' on a form of one point): the point's, once it comes
        pending: dict[str, tuple[str, int, int]] = {}
        points: list[tuple[RawForm, int, dict[str, str], dict[str, int]]] = []
        caption = ""
        gaps: list[int] = []  # blank rows and captions: where a block of label lines ends
        labelled: list[tuple[int, str]] = []  # (row, its first label) of each label line
        held: list[tuple[int, str, str, int]] = []  # (row, field, value, column): a holder's
        lines: dict[int, dict[str, int]] = {}  # a point's values → role → its row, if another
        long = self._long_heading()  # '记录编号 | 项　目 | 内　容' over the records, if any
        if long is not None and long[1] is not None and self._numbers_lines(long):
            long = (long[0], None, long[2], long[3])  # ('序号' numbering every line: no key)
        last_key = ""
        # a table's heading row under the label lines ('序号 | 科室 | 岗位 | 姓名 | 风险等级 | …'):
        # no label line (a heading word is no label's value); its rows are reported, not lost
        tables: list[int] = []
        table_end = 0
        for r in range(len(sh.rows)):
            cols = sh.nonempty(r)
            if not cols:
                gaps.append(r)
                continue
            if r < table_end:
                continue
            if (
                long is None
                and len(cols) >= 4
                and (hr := self._holders_heading(r))
                and len(set(hr.values()) & set(_HOLDER_HEADS)) >= 2
            ):
                tables.append(r)
                gaps.append(r)
                table_end = r + 1
                while table_end < len(sh.rows) and len(sh.nonempty(table_end)) >= 2:
                    table_end += 1
                continue
            row = sh.rows[r]
            if long is not None and r >= long[0]:
                head, kc, lc, vc = long
                if r == head:
                    gaps.append(r)
                    continue
                key = row[kc].strip() if kc is not None and kc < len(row) else ""
                if key and key != last_key:  # another 记录编号: another record
                    last_key = key
                    gaps.append(r)
                if lc in cols and vc in cols:
                    cols = [lc, vc]  # (not the key, nor a remark beside the value)
                elif lc in cols:
                    k = sh.key(r, lc)
                    hb = heading_role(k)
                    if hb is not None and hb.strength >= 2:  # a field left blank
                        labelled.append((r, k))
                        if hb.role in _HOLDER_HEADS:
                            held.append((r, hb.role, "", vc))
                        continue
                elif vc in cols:
                    continue  # a value with no label (wrapped from the line above): no caption
            if len(cols) == 1:
                k = sh.key(r, cols[0])
                hb = heading_role(k) if form is not None and labelled[-1][0] == r - 1 else None
                if hb is not None and hb.strength >= 2 and hb.role in _HOLDER_HEADS:
                    # '责 任 人 | (blank)' among a record's label lines: a field left blank
                    labelled.append((r, k))
                    held.append((r, hb.role, "", cols[0] + 1))
                    continue
                caption = row[cols[0]]
                form = None
                gaps.append(r)
                continue
            if len(cols) > 2 and _INT_CELL.match(row[cols[0]]):
                cols = cols[1:]  # '1 | 风险点 | … | 风险等级 | 高': the record's number first
            h = heading_role(sh.key(r, cols[0]))
            if h is None or h.strength < 2:
                continue
            if form is None:
                named = caption_identity(caption) or ("department", dept_in_title(caption))
                form = RawForm(
                    sheet=self.grid.name, style="list", tier="",
                    unit=named[1] if named[0] == "unit" else "",
                    department=named[1] if named[0] == "department" else "",
                    title=named[1] if named[0] == "title" else "", person="", declared="",
                    person_cell="", declared_cell="", header_row=r, person_asked=False,
                    grade_asked=False,
                )  # fmt: skip
                forms.append(form)
            labelled.append((r, sh.key(r, cols[0])))
            # label | value pairs along the row ('风险等级 | 一级 | 防控措施 | …'); a label
            # alone with the rest of the row as its value ('风  险: | …')
            pairs: list[tuple[Heading, int, str]] = []
            i = 0
            while i < len(cols):
                hc = heading_role(sh.key(r, cols[i])) if i else h
                if hc is None or hc.strength < 2 or i + 1 >= len(cols):
                    break
                nxt = heading_role(sh.key(r, cols[i + 1])) if i + 2 < len(cols) else None
                if nxt is not None and nxt.strength >= 2 and i + 2 < len(cols):
                    pairs.append((hc, cols[i + 1], row[cols[i + 1]]))
                    i += 2
                    continue
                if i + 2 < len(cols) and heading_role(sh.key(r, cols[i + 2])) is not None:
                    pairs.append((hc, cols[i + 1], row[cols[i + 1]]))
                    i += 2
                    continue
                pairs.append((hc, cols[i + 1], " ".join(row[c] for c in cols[i + 1 :])))
                break
            for hc, c, value in pairs:
                if (
                    hc.role == "description"
                    and current is not None
                    and "description" not in current
                    and points[-1][1] < r
                ):
                    current["description"] = value  # ('表现形式 | …' under its point's line)
                    continue
                if hc.role in POINTISH:
                    current = {"risk_point": value}
                    points.append((form, r, current, {"risk_point": c}))
                    for role, (v, vc_, vr) in pending.items():
                        current[role] = v
                        points[-1][3][role] = vc_
                        lines.setdefault(id(current), {})[role] = vr
                    pending = {}
                elif current is None and hc.role in ("risk_level", "risk_type") and value.strip():
                    pending[hc.role] = (value, c, r)
                elif current is not None and hc.role in ("risk_level", "risk_type", "measures"):
                    current[hc.role] = value
                    points[-1][3][hc.role] = c
                    if r != points[-1][1]:  # (a field on a line of its own: its issues there)
                        lines.setdefault(id(current), {})[hc.role] = r
                elif hc.role in ("duty", "workflow"):
                    current = None
                elif hc.role in _HOLDER_HEADS and sh.kind(r) not in ("signoff", "note"):
                    label = sh.key(r, max((x for x in cols if x < c), default=c))
                    if not _OTHERS_PART.search(label):  # ('监督科室 | 纪检组': not the holder's)
                        held.append((r, hc.role, value, c))
        # a real record has words for its point and a level or measures beside it; a
        # summary sheet ('廉政风险点 | 12') has neither
        points = [
            p
            for p in points
            if len(p[2]["risk_point"]) >= 4 and not _NUMBERISH.match(p[2]["risk_point"])
        ]
        one_form = (
            len(points) == 1
            and bool(held)
            and len(points[0][2]) >= 3
            and sum("\u4e00" <= ch <= "\u9fff" for ch in points[0][2]["risk_point"]) >= 4
        )  # (words, not a data dictionary's codes: '风险点描述 | FXMS | 是')
        if (len(points) < 2 and not one_form) or sum(1 for p in points if len(p[2]) > 1) < len(
            points
        ) / 2:
            return []  # (one point only on a form of one point: its holder and fields named)
        regrouped = self._record_holders(forms, points, gaps, labelled, held)
        if regrouped is not None:  # each record names its own holder ('科　室 | …', '责任人 | …')
            forms, points = regrouped
            fields = {}
        else:
            fields = _parse_fields(
                sh, [r for r in range(len(sh.rows)) if sh.kind(r) in ("fields", "unit")]
            )
        # the unit the lines above the records name ('填报单位：…', or the title), where no
        # record or caption named one
        pre = [x for x in range(min(p[1] for p in points)) if sh.kind(x) != "blank"]
        unit = _parse_unit(sh, pre) or unit_in_title(
            "".join(sh.rows[x][c] for x in pre if sh.kind(x) == "title" for c in sh.nonempty(x))
        )
        for f in forms:
            f.unit = f.unit or unit
            if f.title and not f.tier:  # (a record's own post: its tier, as a list's row has)
                f.tier = tier_of_post(f.title, f.department)
        if len(forms) == 1 and fields:  # a personal card: 姓名, 职务, 科室 above the points
            f = forms[0]
            f.person = _unmarked(squeeze(fields.get("person", ("", ""))[0]))
            f.title = squeeze(fields.get("title", ("", ""))[0]) or f.title
            f.department = squeeze(fields.get("department", ("", ""))[0]) or f.department
            f.person_cell = fields.get("person", ("", ""))[1]
        for form, r, values, where in points:
            cells = {**where, "risk_point": where["risk_point"]}
            form.risks.append(
                RawRisk(
                    r,
                    "",
                    "",
                    "",
                    values["risk_point"],
                    values.get("risk_type", ""),
                    values.get("risk_level", ""),
                    values.get("measures", ""),
                    cells,
                    department=form.department,
                    title=form.title,
                    rows=lines.get(id(values)),
                    description=values.get("description", ""),
                )  # fmt: skip
            )
            self.seen += 1
        out = [f for f in _join_posts(forms) if f.risks]
        for t in tables if out else ():
            self._other_table(t, len(sh.rows))  # (TABLE_OTHER: its rows counted, not dropped)
        return out

    def _numbers_lines(self, long: tuple[int, int | None, int, int]) -> bool:
        """Whether the key column of a long export numbers its every line ('1 | 科室 | …',
        '2 | 岗位 | …'): no key then, the records parted by their first label coming back. A
        key repeated on two lines is a record's."""
        head, kc, lc, _vc = long
        keys = [
            self.sh.rows[r][kc].strip()
            for r in range(head + 1, len(self.sh.rows))
            if kc < len(self.sh.rows[r]) and lc in self.sh.nonempty(r)
        ]
        keys = [k for k in keys if k]
        return len(keys) >= 4 and len(set(keys)) == len(keys)

    def _long_heading(self) -> tuple[int, int | None, int, int] | None:
        """The heading row of a long ("key | field | value") export over records of label
        lines ('记录编号 | 项　目 | 内　容', '字段 | 值', '指标 | 数值'): (its row, the key column or
        None, the label column, the value column). The heading names no field of a point, so
        the records under it are read by ``_records`` from those two columns, a change of key
        opening a record. A column before the labels is the key only under a key's heading
        ('编号', '序号', 'ID'); a column after the values only a remark ('备注'). None elsewhere."""
        sh = self.sh
        for r in range(min(len(sh.rows), 20)):
            cols = sh.nonempty(r)
            if not 2 <= len(cols) <= 4:
                continue
            keys = [sh.key(r, c) for c in cols]
            for i in range(len(keys) - 1):
                if keys[i] not in _LONG_LABEL_HEADS or keys[i + 1] not in _LONG_VALUE_HEADS:
                    continue
                before, after = keys[:i], keys[i + 2 :]
                if len(before) > 1 or not all(_REMARKS_HEAD.search(k) for k in after):
                    return None
                if before and not _LONG_KEY_HEAD.search(before[0]):
                    return None
                return r, cols[0] if before else None, cols[i], cols[i + 1]
        return None

    def _record_holders(
        self,
        forms: list[RawForm],
        points: list[tuple[RawForm, int, dict[str, str], dict[str, int]]],
        gaps: list[int],
        labelled: list[tuple[int, str]],
        held: list[tuple[int, str, str, int]],
    ) -> tuple[list[RawForm], list] | None:
        """Records of label lines that each name their holder ('科　　室 | 质量监督科',
        '岗　　位 | 科长', '责 任 人 | …' among the point's lines), stacked down the sheet (the
        "记录单" view of a register): each record's points are its holder's, a form per
        distinct (科室, 岗位, 姓名), the records of one holder together. None where no record
        with a point names a holder (a personal card's fields above its points: read as before).

        A record is a block of label lines between blank rows or captions, split again where
        the block's first label comes back ('风险点编号' opening each record when no blank row
        parts them). A record naming none of 科室/岗位/姓名 keeps the holder of the record above
        (read down like a list, where a holder written once covers the rows under it); the
        records before any names one take the card's holder named above them, if any, else none
        (a later record's holder is never borrowed; with no name at all, FORM_NO_PERSON). A
        field a record leaves blank or does not name is as above (the record above's, else the
        card's or the caption's). A record naming a holder other than the card's above is read
        as the record says, with a warning (RECORD_HOLDER_DIFFERS)."""
        if not held:
            return None
        sh = self.sh
        cut = set(gaps)
        records: list[list[int]] = []  # the label lines of each record
        first_label = ""
        prev = -1
        for r, k in labelled:
            if not records or any(x in cut for x in range(prev + 1, r + 1)):
                records.append([r])
                first_label = k
            elif k == first_label:
                records.append([r])
            else:
                records[-1].append(r)
            prev = r
        at = {r: i for i, rows in enumerate(records) for r in rows}
        pointed = {at[p[1]] for p in points if p[1] in at}
        named: dict[int, dict[str, tuple[str, int, int]]] = {}  # record → field → (value, r, c)
        for r, fld, value, c in held:
            if r in at:
                named.setdefault(at[r], {}).setdefault(fld, (squeeze(value), r, c))
        if not pointed & set(named):
            return None
        first = min(pointed)
        top = records[first][0]
        card = (
            _parse_fields(sh, [r for r in range(top) if sh.kind(r) in ("fields", "unit")])
            if len(forms) == 1
            else {}
        )
        for i in sorted(named):  # label lines above the first point's record: the card's
            if i < first:
                for fld, (v, r, c) in named[i].items():
                    card.setdefault(fld, (v, cell_ref(r, c)))
        card_holder = {
            fld: squeeze(card[fld][0]) for fld in _HOLDER_HEADS if fld in card and card[fld][0]
        }
        if "person" in card_holder:
            card_holder["person"] = _unmarked(card_holder["person"])
        regrouped: dict[tuple[int, str, str, str], RawForm] = {}
        out_points = []
        current: dict[int, dict[str, tuple[str, str]]] = {}  # caption form → holder above
        differs: set[str] = set()
        for form, r, values, where in points:
            base = {
                "department": (card_holder.get("department") or form.department, ""),
                "title": (card_holder.get("title") or form.title, ""),
                "person": (
                    card_holder.get("person") or form.person,
                    card.get("person", ("", ""))[1],
                ),
            }
            said = named.get(at.get(r, -1))
            if said:
                holder = dict(current.get(id(form), base))
                for fld, (v, vr, vc) in said.items():
                    v = _unmarked(v) if fld == "person" else v
                    holder[fld] = (v or holder[fld][0], cell_ref(vr, vc))
                    shown = card_holder.get(fld, "")
                    if v and shown and v != shown and v not in differs:
                        differs.add(v)
                        self.issues.append(
                            make_issue(
                                "RECORD_HOLDER_DIFFERS", self.rel, self.grid.name,
                                cell_ref(vr, vc), _HOLDER_ZH[fld], v, other=shown,
                            )
                        )  # fmt: skip
                current[id(form)] = holder
            else:
                holder = current.get(id(form), base)
            key = (id(form), holder["department"][0], holder["title"][0], holder["person"][0])
            f = regrouped.get(key)
            if f is None:
                # no one named for the records above the first that names its holder: said
                # (FORM_NO_PERSON at the record's first line), no later record's borrowed
                nobody = not key[3] and any("person" in x for x in named.values())
                opens = records[at[r]][0] if r in at else r
                f = regrouped[key] = replace(
                    form,
                    department=key[1],
                    title=key[2],
                    person=key[3],
                    person_cell=holder["person"][1] or (cell_ref(opens, 0) if nobody else ""),
                    person_asked=form.person_asked or nobody,
                    header_row=r,
                    risks=[],
                    duty_texts=list(form.duty_texts),
                )
            out_points.append((f, r, values, where))
        return list(regrouped.values()), out_points

    def _labelled_points(self) -> list[RawForm]:
        """A sheet with no header whose rows hold labelled boxes ('风险点：…' | '风险等级：中' |
        '防控措施：…'), a flow chart of a power's steps drawn in cells: each 风险点 box is a
        point, the boxes beside it its level, type and measures; its holder the box at the
        row's left ('受理指派科⏎受理员　郏湑蘅', merged down over the step's rows), its 环节 the
        box between. Read only where at least two points are found, most with more than
        their text."""
        sh = self.sh
        found: list[tuple[int, dict[str, tuple[int, str]]]] = []
        for r in range(len(sh.rows)):
            got: dict[str, tuple[int, str]] = {}
            for c in sh.nonempty(r):
                several = _labelled_fields(sh.rows[r][c])
                if several:  # '风险点1：…　　风险等级：一级　　风险类型：…' in one cell
                    for role, v in several.items():
                        got.setdefault(role, (c, v))
                    continue
                lv = _labelled_cell(sh.rows[r][c])
                if lv is not None:
                    got.setdefault(lv[0], (c, lv[1]))
            if "risk_point" in got:
                found.append((r, got))
        if len(found) < 2 or sum(len(g) > 1 for _r, g in found) * 2 < len(found):
            return []
        merged = self.grid.merged_into if self.grid.merges else {}
        unit = ""
        for r in range(min(len(sh.rows), found[0][0])):
            if len(sh.nonempty(r)) == 1 and not unit:  # (the chart's title above it)
                unit = unit_in_title(sh.rows[r][sh.nonempty(r)[0]])
        # a card's holder in fields above the boxes ('姓名：… | 科室：… | 岗位：…')
        above = _parse_fields(sh, [x for x in range(found[0][0]) if sh.nonempty(x)])
        card = tuple(squeeze(above.get(f, ("", ""))[0]) for f in ("department", "title", "person"))
        forms: dict[tuple[str, str, str], RawForm] = {}
        last: tuple[str, str, str] | None = None  # the last holder's box: his step's rows below
        # a ledger's heading above the first point line: its measures column ('防控措施')
        ledger = next(
            (
                c
                for x in range(found[0][0] - 1, max(-1, found[0][0] - 4), -1)
                for c in sh.nonempty(x)
                if (h := heading_role(sh.key(x, c))) is not None and h.role == "measures"
            ),
            None,
        )
        for r, got in found:
            pc = got["risk_point"][0]
            holder, step = ("", "", ""), ""
            for c in range(pc):
                top = merged.get((r, c), (r, c))
                v = sh.rows[top[0]][top[1]].strip() if top[1] < len(sh.rows[top[0]]) else ""
                if not v or v in _ARROWS or v.isdigit():
                    continue
                box = _box_holder(v)
                if box is not None and holder == ("", "", ""):
                    holder = box
                elif not step and len(v) <= 40:
                    step = squeeze(v.split("\n")[0])
            if holder == ("", "", ""):
                holder = last or card  # (a box not merged down over the step's second risk)
            last = holder if holder != card else last
            form = forms.get(holder)
            if form is None:
                tier = tier_of_post(holder[1], holder[0]) if holder[1] else ""
                if tier == "middle" and heads_the_unit(holder[1], holder[0], unit):
                    tier = "leader"  # ('站长' in the chart of 'XX站': its own head)
                form = forms[holder] = RawForm(
                    sheet=self.grid.name, style="list", tier=tier, unit=unit,
                    department=holder[0], title=holder[1], person=holder[2], declared="",
                    person_cell="", declared_cell="", header_row=r, person_asked=False,
                    grade_asked=False,
                )  # fmt: skip
            cells = {role: c for role, (c, _v) in got.items()}
            values = {role: v for role, (_c, v) in got.items()}
            if "measures" not in values:
                # the point's measures a row each under its line, to the next point's
                # ('1 | 养护项目…提交站务会集体研究 | 事前 | 长期坚持'): a ledger of measures
                end = next((x for x, _g in found if x > r), len(sh.rows))
                lines = []
                for x in range(r + 1, end):
                    if sh.kind(x) in ("blank", "signoff", "note", "page"):
                        break
                    row = sh.rows[x]
                    texts = [row[c].strip() for c in sh.nonempty(x)]
                    text = (
                        row[ledger].strip()
                        if ledger is not None and ledger < len(row)
                        else max(texts, key=len, default="")
                    )
                    lv = _labelled_cell(text)
                    if lv is not None and lv[0] == "measures":
                        text = lv[1]  # ('防控措施：维修项目提交站务会研究…')
                    if len(text) >= 2 and not text.isdigit():
                        lines.append(text)
                values["measures"] = "\n".join(lines)
            form.risks.append(
                RawRisk(
                    r,
                    "",
                    "",
                    step,
                    values["risk_point"],
                    values.get("risk_type", ""),
                    values.get("risk_level", ""),
                    values.get("measures", ""),
                    cells,
                    person=holder[2],
                    department=holder[0],
                    title=holder[1],
                    description=values.get("description", ""),
                    unit=unit,
                )  # fmt: skip
            )
            self.seen += 1
        return list(forms.values())

    def _pasted_outline(self) -> list[RawForm]:
        """A Word 文稿 pasted down ONE column, a paragraph a row, no table and no heading: group
        rows ('一、局领导', '二、民族工作股') the 科室, holder rows ('（一）局长　某某', '局长：某某',
        '股长（某某）') the holder of the rows under them, numbered point rows closing with their
        level ('1．…（一级风险）', '2.…（高）') and under each its '防控措施：…' (or '措施：…') row,
        wrapped lines after it its measures too. Read only where every text stands in one column,
        at least two point rows close with a level and every point is under a holder row; a work
        plan's outline (numbered items, no levels, no holders) and a list under a '风险点'
        heading are not read so. Said once a sheet (OUTLINE_PASTED)."""
        sh = self.sh
        n = len(sh.rows)
        if n < 4 or n > _OUTLINE_PASTED_ROWS:
            return []
        col = None
        lines: list[tuple[int, str]] = []
        for r in range(n):  # (the cheap test: one text a row, all in one column)
            cols = sh.nonempty(r)
            if not cols:
                continue
            if len(cols) > 1 or (col is not None and cols[0] != col):
                return []
            col = cols[0]
            lines.append((r, sh.rows[r][col].strip()))
        if len(lines) < 4 or sum(_LEVEL_CLOSING.search(t) is not None for _r, t in lines) < 2:
            return []
        config = self.config
        kinds: list[tuple[int, str, object]] = []  # (row, kind, what it gives)
        for r, text in lines:
            k = sh.kind(r)
            if k in ("note", "signoff", "page"):
                kinds.append((r, "end", None))
                continue
            m = _LINE_LABEL.match(text)
            if m is not None and (h := heading_role(_key(m.group(1)))) is not None:
                if h.role == "measures":  # ('防控措施：…', or alone over its lines)
                    kinds.append((r, "measures", text[m.end() :].strip()))
                    continue
            if (
                len(text) <= 12
                and (h := heading_role(_key(text))) is not None
                and h.strength >= SURE
            ):
                return []  # ('风险点', '防控措施': a column's heading over its list, no outline)
            item = _level_closed_items(text, config, one=True) if _ITEM_LINE.match(text) else []
            if len(item) == 1 and item[0].get("risk_level"):
                kinds.append((r, "point", item[0]))
                continue
            bare = NUMBERING.sub("", text, count=1).strip()
            held = _OUTLINE_HOLDER.match(bare)
            if (
                held
                and looks_like_name(held.group(2))
                and is_post(held.group(1).strip())
                and not _PASTED_MEETING_ROLE.match(squeeze(held.group(1)))
            ):
                kinds.append((r, "holder", (held.group(1).strip(), held.group(2))))
            elif (
                len(text) <= 40
                and (pn := _post_and_name(text)) is not None
                and not _PASTED_MEETING_ROLE.match(squeeze(pn[0]))
            ):
                kinds.append((r, "holder", pn))  # ('主持人：某某' is a meeting's, no post's)
            elif (
                bare != text
                and len(bare) <= 12
                and not _dept_like(bare)
                and not LEADERS_GROUP.match(bare)
                and is_post(bare)
                and not _PASTED_MEETING_ROLE.match(squeeze(bare))
            ):
                # '（一）局长', '（二）副局长': a numbered post naming no one, the holder of the
                # points under it all the same (对岗不对人)
                kinds.append((r, "holder", (bare, "")))
            elif (
                bare != text and len(bare) <= 16 and (_dept_like(bare) or LEADERS_GROUP.match(bare))
            ):
                kinds.append((r, "group", bare))
            elif _ITEM_LINE.match(text):
                kinds.append((r, "item", text))  # (a numbered line with no level of its own)
            else:
                kinds.append((r, "other", text))
        said = [k for _r, k, _v in kinds]
        if said.count("point") < 2 or "holder" not in said:
            return []
        start = said.index("holder")
        unit = next(
            (u for r, k, v in kinds[:start] if k == "other" and (u := unit_in_title(str(v)))), ""
        )
        forms: dict[tuple[str, str, str], RawForm] = {}
        dept, holder = "", None
        last: RawRisk | None = None  # the point the lines below go with
        wrapped = False  # (its measures run on in the lines below: '防控措施：' alone, or wrapped)
        for r, k, v in kinds:
            if k in ("group", "end"):
                dept = str(v) if k == "group" else dept
                holder, last = (None, None) if k == "group" else (holder, None)
                continue
            if k == "holder":
                holder, last = v, None
                continue
            if k == "item" and wrapped and last is not None:
                k = "other"  # ('1．招标全部进入平台；' under '防控措施：': a line of its measures)
            if k in ("point", "item"):
                if holder is None:
                    return []  # (a point under no holder: no such outline)
                post, person = holder  # type: ignore[misc]
                form = forms.get((dept, post, person))
                if form is None:
                    tier = tier_of_post(post, dept)
                    if tier == "middle" and heads_the_unit(post, dept, unit):
                        tier = "leader"
                    form = forms[dept, post, person] = RawForm(
                        sheet=self.grid.name, style="list", tier=tier, unit=unit,
                        department=dept, title=post, person=person, declared="",
                        person_cell="", declared_cell="", header_row=r, person_asked=False,
                        grade_asked=False,
                    )  # fmt: skip
                got = v if k == "point" else {"risk_point": NUMBERING.sub("", str(v), count=1)}
                last = RawRisk(
                    r, "", "", "", got["risk_point"], "", got.get("risk_level", ""), "",  # type: ignore[union-attr]
                    {"risk_point": col, "risk_level": col, "measures": col},
                    person=person, department=dept, title=post, unit=unit,
                )  # fmt: skip
                form.risks.append(last)
                wrapped = False
                continue
            if last is None:
                continue
            if k == "measures":
                last.measures = "\n".join(x for x in (last.measures, str(v)) if x)
                last.rows = {"measures": r}
                wrapped = True
            elif k == "other" and wrapped:
                last.measures = f"{last.measures}\n{v}" if last.measures else str(v)
        points = [rr for f in forms.values() for rr in f.risks]
        if sum(bool(rr.risk_level) for rr in points) * 2 < len(points) + 1:
            return []
        self.seen += len(points)
        at = next(r for r, k, _v in kinds if k == "holder")
        self.issues.append(
            make_issue("OUTLINE_PASTED", self.rel, self.grid.name, cell_ref(at, col or 0),
                       value=str(len(forms)))
        )  # fmt: skip
        return list(forms.values())

    def _relay_list(self) -> list[RawForm]:
        """A WeChat group relay (群接龙) pasted into the sheet, a line a cell, no table and no
        heading: a '#接龙' line, the request and a '例　岗位　姓名：…' template, then one numbered
        line a person ('1. 站长　某某：point（高）；point（中）', '2、…', '3）…', a chat's '[昵称] '
        before it), post and name before the colon ('财务股　股长　某某': a 科室 before them), the
        points after it parted by '；', ';' or '｜', each closing with its bracketed level (a point
        with none is read with no level; '无' gives the holder no point). Read only where the lines
        above, the tab's or the file's name name the 接龙 or the risk asked for, the entries are
        numbered 1, 2, 3 … in turn (a second relay under a line of its own from 1), each names a
        post and a name and more than half of the points close with a level; an entry wrapped
        after a '；' (in its cell or into the next) or its next point alone on a line closing with
        a level is one entry, a line that is none (the chat's closing) passed over; a numbered list of measures (no holder
        before a colon) and an ordinary list's cells are not read so. Said once a sheet
        (RELAY_LIST)."""
        sh = self.sh
        n = len(sh.rows)
        if not n or n > _RELAY_ROWS:
            return []
        cells: list[tuple[int, int, str]] = []
        for r in range(n):  # (the cheap test: some text opens with a number and has a colon)
            for c in sh.nonempty(r):
                for line in sh.rows[r][c].split("\n"):
                    if line.strip():
                        cells.append((r, c, line.strip()))
        if sum(1 for _r, _c, t in cells if _RELAY_ENTRY.match(t)) < 2:
            return []
        config = self.config

        def levelled(text: str) -> bool:
            tag = _LEVEL_CLOSING.search(text.rstrip("。；;｜| "))
            said = tag.group(1).strip() if tag else ""
            return bool(
                said and config.level(said) and (_level_word(said) or _END_LEVEL.match(said))
            )

        # an entry wrapped after a '；' (in its cell or into the next), or its next point on a line
        # of its own closing with a level: one entry, no point passed over unread
        joined: list[tuple[int, int, str]] = []
        for r, c, text in cells:
            last = joined[-1][2] if joined else ""
            if (
                _RELAY_ENTRY.match(last)
                and not _RELAY_ENTRY.match(text)
                and not _RELAY_TEMPLATE.match(text)
                and (_RELAY_OPEN.search(last) or levelled(text))
            ):
                sep = "" if _RELAY_OPEN.search(last) else "；"
                joined[-1] = (joined[-1][0], joined[-1][1], f"{last}{sep}{text}")
            else:
                joined.append((r, c, text))
        cells = joined
        entries: list[tuple[int, int, str, str, list[str]]] = []
        above: list[str] = []
        after = False  # (a line under an entry that is none: the chat's closing, or a second relay's head)
        passed: list[tuple[int, int, str]] = []  # (those lines, said)
        number_before = 0
        for r, c, text in cells:
            m = _RELAY_ENTRY.match(text)
            if m is None or _RELAY_TEMPLATE.match(text):
                if entries:
                    after = True
                    passed.append((r, c, text))
                above.append(text)
                continue
            number = int(m.group(1) or m.group(2))
            if number != number_before + 1 and not (after and number == 1):
                return []  # (numbered 1, 2, 3 … in turn; a second relay under a line of its own from 1)
            number_before, after = number, False
            holder, dept = m.group(3).strip(), ""
            parts = [x for x in re.split(r"[\s\u3000]+", holder) if x]
            if len(parts) == 3 and _dept_like(parts[0]) and not is_post(parts[0]):
                dept, holder = parts[0], f"{parts[1]}\u3000{parts[2]}"  # ('财务股　股长　某某')
                parts = parts[1:]
            pn = _post_and_name(holder)
            if pn is None and len(parts) == 2 and is_post(parts[1]) and looks_like_name(parts[0]):
                pn = (parts[1], parts[0])  # ('某某　站长')
            if pn is None and len(parts) == 1:  # ('站长某某': post and name run together)
                word = parts[0]
                pn = next(
                    ((word[:-k], word[-k:]) for k in (3, 2)
                     if len(word) > k + 1 and is_post(word[:-k]) and _lead_name(word[-k:])),
                    None,
                )  # fmt: skip
            if pn is None and not dept and len(parts) == 1 and _lead_name(parts[0]):
                pn = ("", parts[0])  # (a name alone, his post left off: '2. 某某：…')
            if pn is None or _RELAY_PLACEHOLDER.search("".join(pn)):
                return []
            body = m.group(4).strip().rstrip("。；;｜| ")
            points = [] if _RELAY_NONE.match(body) else [x for x in _RELAY_SPLIT.split(body) if x]
            entries.append((r, c, dept, pn[0], pn[1], points))
        if len(entries) < 2 or 2 * sum(1 for e in entries if e[3]) < len(entries):
            return []  # (most entries name a post: names alone are no relay of posts' points)
        if not any(_RELAY_ASKED.search(t) for t in [*above, self.grid.name, self.rel]):
            return []  # (no risk asked for: a numbered duty list or minutes with bracketed words)
        unit = next((u for t in above if (u := unit_in_title(t))), "")
        forms: list[RawForm] = []
        levelled = total = 0
        for r, c, dept, post, person, points in entries:
            if not points:
                continue
            tier = tier_of_post(post, dept)
            if tier == "middle" and heads_the_unit(post, dept, unit):
                tier = "leader"
            form = RawForm(
                sheet=self.grid.name, style="list", tier=tier, unit=unit, department=dept,
                title=post, person=person, declared="", person_cell="", declared_cell="",
                header_row=r, person_asked=False, grade_asked=False,
            )  # fmt: skip
            for part in points:
                part = _RELAY_POINT_NUMBER.sub("", part.strip(), count=1).rstrip("。，, ")
                tag = _LEVEL_CLOSING.search(part)
                said = tag.group(1).strip() if tag else ""
                level = ""
                if said and config.level(said) and (_level_word(said) or _END_LEVEL.match(said)):
                    level, part = said, part[: tag.start()].strip()  # type: ignore[union-attr]
                if len(part) < 2:
                    return []
                levelled += bool(level)
                total += 1
                form.risks.append(
                    RawRisk(
                        r,
                        "",
                        "",
                        "",
                        part,
                        "",
                        level,
                        "",
                        {"risk_point": c, "risk_level": c},
                        person=person,
                        department=dept,
                        title=post,
                        unit=unit,
                    )  # fmt: skip
                )
            forms.append(form)
        if total < 2 or levelled * 2 < total + 1:
            return []
        self.seen += total
        r0, c0 = entries[0][0], entries[0][1]
        self.issues.append(
            make_issue("RELAY_LIST", self.rel, self.grid.name, cell_ref(r0, c0),
                       value=str(len(entries)))
        )  # fmt: skip
        if passed:
            pr, pc, first = passed[0]
            self.issues.append(
                make_issue("RELAY_LINES_PASSED", self.rel, self.grid.name, cell_ref(pr, pc),
                           value=str(len(passed)), text=first[:30])
            )  # fmt: skip
        return forms

    def _answer_blocks(self) -> list[RawForm]:
        """A printed questionnaire with no table, one sheet a person: labelled question rows
        above the questions ('1．所在科室 | …', '姓名：某某', in any order) give the holder;
        question lines naming the risk points ('二、请逐条写出本岗位存在的廉政风险点：'), their
        levels ('…风险等级…', '…级别…') and their measures ('…防控措施…') each head a block of
        numbered answers ('（1）…', '1.', '①', '（一）'; short ones several on a line, '1.高 2.中'):
        each answer under the points' question is a point, its level and its measures the answers
        of the same number under the other two (a block missing: that field blank). Read only
        where a points question and a levels or measures question are asked and the points'
        block holds answers; answers whose numbers do not pair are named in the issue and used
        for nothing (QUESTIONNAIRE_ANSWER_BLOCKS, once a questionnaire).

        A points' answer carrying its own level ('1. 报账凭证审核不严（风险等级：高）', '…——高风险',
        ``_answer_level``) whose number the levels' block does not answer: the level words off the
        point, its level theirs; the points' question may name the level too ('…风险点，并注明
        风险等级：'), and with no levels' nor measures' question the questionnaire is read where
        at least half its points carry a level so (QUESTIONNAIRE_LEVEL_IN_ANSWER, once a
        questionnaire).

        Several people's filled-in copies stacked one under another on one sheet (the questions
        asked again below, each copy with its own 科室/岗位/姓名 lines above its questions): each
        copy one form, read as above from the rows of its own lines down to the next copy's
        (QUESTIONNAIRES_STACKED, once a sheet); a question asked again with no holder's line of
        its own above it reads nothing, as before."""
        if self.grid.lacks("风险点", "风险隐患"):
            return []  # (the cheap test: no points asked for)
        n = len(self.sh.rows)
        if n > _RELAY_ROWS:
            return []
        issues, seen = len(self.issues), self.seen
        forms: list[RawForm] = []
        starts: list[int] = []  # the first row of each copy after the first
        lo, unit = 0, ""
        while True:
            got = self._answer_block(lo, n, unit)
            if isinstance(got, list) and not forms:
                return got  # (one questionnaire, or none)
            if isinstance(got, int):  # (a question asked again at that row: another copy?)
                cut = self._next_copy(lo, got)
                part = self._answer_block(lo, cut, unit) if cut is not None else []
                if not part or isinstance(part, int) or cut is None:
                    got = []
                else:
                    forms += part
                    starts.append(cut)
                    lo, unit = cut, unit or part[0].unit
                    continue
            if not got or not all(f.person or f.title for f in forms + got):
                del self.issues[issues:]  # (a copy of no holder's own: no reading, as before)
                self.seen = seen
                return []
            forms += got
            break
        self.issues.append(
            make_issue("QUESTIONNAIRES_STACKED", self.rel, self.grid.name, cell_ref(starts[0], 0),
                       value=str(len(forms)),
                       text="、".join(" ".join(x for x in (f.department, f.title, f.person) if x)
                                     for f in forms[:5]))
        )  # fmt: skip
        return forms

    def _next_copy(self, lo: int, again: int) -> int | None:
        """The first row of a stacked questionnaire's next copy, whose question at ``again``
        repeats one of the copy above (``_answer_blocks``): up from it over the copy's own lines
        — its title, a section line ('一、基本情况'), its holder's lines ('所在科室：…', '姓名 |
        …', '1．岗　　位 | …') and blank rows — to the row after the last answer or sign-off line
        of the copy above. None where no holder's line stands among them."""
        sh = self.sh
        cut, holder = None, False
        for r in range(again - 1, lo, -1):
            cols = sh.nonempty(r)
            if not cols:
                continue
            texts = [sh.rows[r][c].strip() for c in cols]
            named = False
            for t in texts:
                bare = NUMBERING.sub("", t, count=1).strip()
                m = _LINE_LABEL.match(bare)
                label = m.group(1) if m is not None else bare
                named = named or field_of(_key(squeeze(label))) in ("department", "title", "person")
            if not named and (
                len(cols) > 1
                or sh.kind(r) == "signoff"
                or _question_role(texts[0]) is not None
                or _numbered_answers(texts[0])
            ):
                break  # (an answer or the sign-off of the copy above, a row of no holder's fields)
            holder = holder or named
            cut = r
        return cut if holder else None

    def _points_asked_below(self, lo: int, hi: int) -> bool:
        """A question of the points alone in rows ``lo``..``hi`` (a levels question naming 风险点
        above it asks their levels: '二、请写出本岗位各风险点的风险等级：' before '三、…风险点有哪些：')."""
        sh = self.sh
        for r in range(lo, hi):
            cols = sh.nonempty(r)
            if len(cols) == 1 and _question_role(sh.rows[r][cols[0]].strip()) == "risk_point":
                return True
        return False

    def _answer_block(self, lo: int, hi: int, unit_above: str = "") -> list[RawForm] | int:
        """One questionnaire of rows ``lo``..``hi`` read as ``_answer_blocks`` says (its unit
        ``unit_above`` where no title above its questions names one): its form, [] where it is
        none, or the row of a question it asks a second time."""
        sh = self.sh
        questions: dict[str, tuple[int, int, str]] = {}  # role → (row, column, its text)
        answers: dict[str, list[list]] = {}  # role → [[number, row, column, text], …]
        first_q: int | None = None
        role: str | None = None  # the block being read ('': answers to another question)
        last = -1  # the row of the block's last answer
        shape = ""  # how the block's first answer is numbered ('（1）', '1、')
        for r in range(lo, hi):
            cols = sh.nonempty(r)
            if not cols:
                continue
            c = cols[0]
            text = sh.rows[r][c].strip()
            q = _question_role(text) if len(cols) == 1 else None
            if q is not None and role and answers.get(role) and _number_shape(text) == shape:
                q = None  # (numbered as the block's answers: an answer ending '：' or '？')
            if (
                q == "risk_level"
                and "risk_point" not in questions
                and _QUESTION_POINTS.search(text)
                and not _QUESTION_RATES.search(text)
                and not self._points_asked_below(r + 1, hi)
            ):
                q = "risk_point"  # ('…风险点，并注明风险等级：': the points, each with its level)
            if q is not None:
                if q and q in questions:
                    return r  # (a second questionnaire on the sheet, or no such one)
                first_q = r if first_q is None else first_q
                role, last = q, r
                if q:
                    questions[q] = (r, c, text)
                continue
            if not role:
                continue
            if (
                len(cols) == 2
            ):  # ('1 | 执法全程记录', '（2） | …': the answer's number a cell apart)
                head = sh.rows[r][c].strip()
                m = _ANSWER_NUMBER.match(head)
                if (m is not None and m.end() == len(head)) or (head.isdigit() and len(head) <= 2):
                    number = f"（{head}）" if head.isdigit() else head
                    c, text, cols = cols[1], f"{number}{sh.rows[r][cols[1]].strip()}", cols[1:]
            if len(cols) > 1 or sh.kind(r) in ("signoff", "note", "page"):
                role = ""  # (the block ends: a sign-off line, a row of fields)
                continue
            got = _numbered_answers(text, several=role == "risk_level")
            if not got:
                if answers.get(role) and last == r - 1 and len(text) <= 200:
                    answers[role][-1][3] += "\n" + text  # (an answer wrapped onto the next line)
                    last = r
                else:
                    role = ""
                continue
            if got[0][0] is None:  # (the cell's first line carries no number: the last answer's)
                if not answers.get(role):
                    role = ""
                    continue
                answers[role][-1][3] += "\n" + got.pop(0)[1]
            if not answers.get(role):
                shape = _number_shape(text)
            answers.setdefault(role, []).extend([k, r, c, t] for k, t in got)
            last = r
        points = answers.get("risk_point", [])
        # the levels written inside the points' own answers ('1. …（风险等级：高）', '…——高风险'):
        # read where the levels' block gives a point none (``_answer_level``)
        inner: dict[int, tuple[str, str, str]] = {}
        if (
            points
            and first_q is not None
            and not self.grid.lacks(*_ANSWER_LEVEL_WORDS)  # (no level word: no level inside)
        ):
            for i, a in enumerate(points):
                got = _answer_level(a[3], self.config)
                if got is not None:
                    inner[i] = got
        if (
            first_q is None
            or not points
            or not ({"risk_level", "measures"} & set(questions) or 2 * len(inner) >= len(points))
        ):
            return []
        # the holder: labelled question rows above the questions, a value beside or after '：'
        holder: dict[str, tuple[str, str]] = {}
        unit = ""
        for r in range(lo, first_q):
            cols = sh.nonempty(r)
            if len(cols) == 1 and not unit and not holder:
                unit = unit_in_title(sh.rows[r][cols[0]])  # (the title above the questions)
            i = 0
            while i < len(cols):
                c = cols[i]
                bare = NUMBERING.sub("", sh.rows[r][c].strip(), count=1).strip()
                label, value, vc = bare, "", c
                m = _LINE_LABEL.match(bare)
                if m is not None:
                    label, value = m.group(1), bare[m.end() :].strip()
                fld = field_of(_key(squeeze(label)))
                i += 1
                if fld not in ("department", "title", "person"):
                    continue
                if not value and i < len(cols):
                    nxt = sh.rows[r][cols[i]].strip()
                    if field_of(_key(squeeze(NUMBERING.sub("", nxt, count=1)))) is None:
                        value, vc = nxt, cols[i]
                        i += 1
                if value:
                    holder.setdefault(fld, (squeeze(value), cell_ref(r, vc)))
        unit = unit or unit_above
        dept, post, person = (holder.get(f, ("", ""))[0] for f in ("department", "title", "person"))
        # pair the blocks by number: an answer of a number no point has, or a number said twice,
        # is named and used for nothing
        numbers = [k for k, _r, _c, _t in points]
        paired: dict[str, dict[int, list]] = {"risk_level": {}, "measures": {}}
        stray: list[str] = []
        for what, got in paired.items():
            for a in answers.get(what, []):
                if a[0] is None or a[0] not in numbers or a[0] in got:
                    stray.append(f"{cell_ref(a[1], a[2])}“{a[3][:20]}”")
                else:
                    got[a[0]] = a
        twice = {k for k in numbers if numbers.count(k) > 1}
        unmatched: list[str] = []  # points of a number the levels' block does not answer
        tier = tier_of_post(post, dept) if post else ""
        if tier == "middle" and heads_the_unit(post, dept, unit):
            tier = "leader"
        form = RawForm(
            sheet=self.grid.name, style="list", tier=tier, unit=unit, department=dept,
            title=post, person=person, declared="", person_cell=holder.get("person", ("", ""))[1],
            declared_cell="", header_row=points[0][1], person_asked="person" in holder,
            grade_asked=False,
        )  # fmt: skip
        used: list[tuple[int, int, str]] = []  # the points whose level was inside the answer
        for i, (k, r, c, text) in enumerate(points):
            if k in twice:
                stray.append(f"{cell_ref(r, c)}“{text[:20]}”")
            lv = paired["risk_level"].get(k) if k not in twice else None
            ms = paired["measures"].get(k) if k not in twice else None
            kind = ""
            if lv is None and i in inner:
                used.append((r, c, text))
                text, said, kind = inner[i]
                lv = [k, r, c, said]
            if lv is None and "risk_level" in questions:
                unmatched.append(cell_ref(r, c))
            cols = {"risk_point": c}
            rows: dict[str, int] = {}
            for what, a in (("risk_level", lv), ("measures", ms)):
                if a is not None:
                    cols[what], rows[what] = a[2], a[1]
            form.risks.append(
                RawRisk(
                    r,
                    "",
                    "",
                    "",
                    text,
                    kind,
                    lv[3] if lv else "",
                    ms[3] if ms else "",
                    cols,
                    person=person,
                    department=dept,
                    title=post,
                    unit=unit,
                    rows=rows or None,
                )  # fmt: skip
            )
        self.seen += len(points)
        given = []
        if "risk_level" not in questions and used:
            given.append("风险等级写在各风险点的回答里")
        elif "risk_level" not in questions:
            given.append("没有问风险等级,各风险点的级别空着")
        if "measures" not in questions:
            given.append("没有问防控措施,各风险点的措施空着")
        if unmatched and "risk_level" in questions:
            given.append(
                f"风险点 {'、'.join(unmatched[:5])} 在风险等级的回答里没有同一编号,级别空着"
            )
        if stray:
            given.append(f"编号对不上的回答 {'、'.join(stray[:5])} 未采用")
        pr, pc, ptext = questions["risk_point"]  # (answers under it: it was asked)
        self.issues.append(
            make_issue("QUESTIONNAIRE_ANSWER_BLOCKS", self.rel, self.grid.name, cell_ref(pr, pc),
                       field=ptext[:40], value=str(len(points)), count=str(len(points)),
                       other="、".join(f"“{t[:40]}”" for w, (_r, _c, t) in questions.items()
                                      if w != "risk_point"),
                       given="；".join(given) or "各编号都一一对上")
        )  # fmt: skip
        if used:  # once a questionnaire: the levels read from inside the points' answers
            r0, c0, t0 = used[0]
            bare = len(points) - len(used)
            self.issues.append(
                make_issue("QUESTIONNAIRE_LEVEL_IN_ANSWER", self.rel, self.grid.name,
                           cell_ref(r0, c0), field=ptext[:40], count=str(len(used)),
                           value=t0[:40],
                           given=f"另有 {bare} 条回答没有写等级,级别空着" if bare else
                           "每条回答都写了等级")
            )  # fmt: skip
        return [form]

    def _chat_export(self) -> list[RawForm]:
        """A work-group chat export, one row a message under '序号 | 时间 | 发送人 | 消息内容' (a
        sender's, a message's and a time's heading; '发言人', '群昵称', '聊天内容', '发送时间' …):
        the sender's 群昵称 ('科室-职务-姓名', '职务-姓名', parts by '-', '_', '/', '｜' or spaces)
        is the holder, each of his messages opening with a point's label ('风险点：…；等级：高；
        措施：…。', '廉政风险点:…;风险等级:二级;防控措施:…') one point, its level and measures from
        the clauses labelled so (a clause missing: blank, a level missing LEVEL_BLANK as ever), a
        second point's label in one message a second point. Notices, '收到', '[图片]', questions
        and a message quoting a point ('转发：风险点：…', '[转发]', '引用：', '「…」': not the
        sender's own) are no points, the quoted named in the issue; a sender whose nickname names
        no post or name has his point messages named and used for nothing. One form a sender, his
        messages scattered over the log; no point message, no reading (CHAT_EXPORT_POINTS, once a
        sheet)."""
        if self.grid.lacks("风险点", "风险隐患"):
            return []  # (the cheap test: no point's label anywhere)
        sh = self.sh
        n = len(sh.rows)
        if not n or n > _CHAT_ROWS:
            return []
        head = sender_col = message_col = -1
        for r in range(min(n, _CHAT_HEAD_ROWS)):
            cols = sh.nonempty(r)
            if len(cols) < 3:
                continue
            keys = {c: squeeze(sh.rows[r][c]) for c in cols}
            senders = [c for c, k in keys.items() if k in _CHAT_SENDER_HEADS]
            texts = [c for c, k in keys.items() if k in _CHAT_MESSAGE_HEADS]
            if (
                len(senders) == 1
                and len(texts) == 1
                and any(k in _CHAT_TIME_HEADS for k in keys.values())
            ):
                head, sender_col, message_col = r, senders[0], texts[0]
                break
        if head < 0:
            return []
        forms: dict[str, RawForm] = {}
        quoted: list[str] = []
        unread: list[str] = []  # (cells of senders naming no holder)
        count = messages = 0
        above = [sh.rows[r][c] for r in range(head) for c in sh.nonempty(r)]
        unit = next((u for t in above if (u := unit_in_title(t))), "")
        for r in range(head + 1, n):
            row = sh.rows[r]
            text = row[message_col].strip() if message_col < len(row) else ""
            nick = row[sender_col].strip() if sender_col < len(row) else ""
            if not text or not nick:
                continue
            if not _CHAT_POINT_OPEN.match(text):
                if _CHAT_QUOTED.match(text) and _CHAT_POINT_OPEN.search(
                    _CHAT_QUOTED.sub("", text, count=1).lstrip('「『“"')
                ):
                    quoted.append(cell_ref(r, message_col))
                continue
            points = _chat_points(text)
            if not points:
                continue
            key = squeeze(nick)
            form = forms.get(key)
            if form is None:
                holder = _chat_holder(nick)
                if not holder:
                    unread.append(f"{cell_ref(r, sender_col)}“{nick[:20]}”")
                    continue
                dept = holder.get("department", "")
                post, person = holder.get("title", ""), holder.get("person", "")
                tier = tier_of_post(post, dept) if post else ""
                if tier == "middle" and heads_the_unit(post, dept, unit):
                    tier = "leader"
                form = forms[key] = RawForm(
                    sheet=self.grid.name, style="list", tier=tier, unit=unit, department=dept,
                    title=post, person=person, declared="", person_cell=cell_ref(r, sender_col),
                    declared_cell="", header_row=head, person_asked=bool(person),
                    grade_asked=False,
                )  # fmt: skip
            messages += 1
            for point, level, measures, typ in points:
                form.risks.append(
                    RawRisk(
                        r,
                        "",
                        "",
                        "",
                        point,
                        typ,
                        level,
                        measures,
                        {"risk_point": message_col},
                        person=form.person,
                        department=form.department,
                        title=form.title,
                        unit=unit,
                    )  # fmt: skip
                )
                count += 1
        if not forms:
            return []
        self.seen += count
        given = []
        if quoted:
            given.append(f"转发或引用的消息 {'、'.join(quoted[:5])} 不是发送人自己报的风险点,未读")
        if unread:
            given.append(
                f"发送人 {'、'.join(unread[:5])} 的群昵称看不出岗位和姓名,其消息未读作风险点"
            )
        self.issues.append(
            make_issue("CHAT_EXPORT_POINTS", self.rel, self.grid.name,
                       cell_ref(head, message_col), field=squeeze(sh.rows[head][message_col]),
                       value=str(count), count=str(count), messages=str(messages),
                       senders=str(len(forms)),
                       sender=squeeze(sh.rows[head][sender_col]),
                       given="；".join(given) or "其余消息(通知、收到、图片等)不是风险点")
        )  # fmt: skip
        return list(forms.values())

    def _pledge_paragraphs(self) -> list[RawForm]:
        """A sheet with no table and no heading, one holder's prose 承诺 paragraph a row ('序号 |
        本人某某，任<unit>局长，分管…。经排查，本人岗位廉政风险点有：1.…（高风险）；2.…（中风险）。
        本人承诺：…'): the holder the name after 本人, his post (the unit and 科室 before it, where
        written) after 任 / 担任 / 现任 / 在…任; his points the numbered clauses ('1.', '2、', '（3）',
        '④'; unnumbered only where each clause closes with a level) after the lead naming his own
        points ('本人岗位廉政风险点有：', '我的风险点：'; not the unit's, '本局风险点有：') up to the
        promise ('本人承诺', '承诺如下：') or the paragraph's end, each point's level its closing
        bracket ('（高风险）', '（二级）'; none: blank). The promise is no point; a paragraph of a
        promise alone is passed over; a paragraph listing points with no holder to read is named
        in the issue and its points are not used (PLEDGE_PARAGRAPH_POINTS, once a sheet)."""
        if self.grid.lacks("本人") or self.grid.lacks("风险点", "风险隐患"):
            return []  # (the cheap test: no 本人 or no 风险点 in the cells)
        sh = self.sh
        n = len(sh.rows)
        if not n or n > _RELAY_ROWS:
            return []
        config = self.config
        read: list[tuple[int, int, str, str, str, str, list[tuple[str, str]]]] = []
        unread: list[str] = []  # (paragraphs listing points with no holder, or no points read)
        first_row: int | None = None
        for r in range(n):
            for c in sh.nonempty(r):
                text = sh.rows[r][c].strip()
                if len(text) < 16 or "风险" not in text:
                    continue
                lead = _PLEDGE_POINTS_LEAD.search(text)
                if lead is None or "本人" not in text[: lead.start()]:
                    continue  # (no points listed, or no 本人 before them)
                clause = re.split(r"[，,。；;\n]", text[: lead.start()])[-1]
                if _PLEDGE_NOT_OWN.search(clause) or not _PLEDGE_OWN.search(clause):
                    continue  # ('本局廉政风险点有：…': the unit's points, no one holder's)
                first_row = r if first_row is None else first_row
                m = _PLEDGE_HOLDER.match(text)
                name = m.group(1) if m else ""
                if (
                    m is None
                    or name[:2] in NOT_SELF
                    or is_post(name)
                    or _dept_like(name)
                    or not (looks_like_name(name) or unlisted_name_like(name))
                ):
                    unread.append(cell_ref(r, c))
                    continue
                phrase = squeeze(m.group(3)).removesuffix("一职")
                phrase = re.sub(r"(?:岗位上?|职务)(?:工作)?$", "", phrase)
                got = self_post(f"{'在' if m.group(2) == '在' else '现任'}{phrase}，")
                if got is None and m.group(2) != "在":
                    u, d, p = split_unit_title(phrase)
                    got = (u, d, p) if p and is_post(p.split("、")[-1]) else None
                unit, dept, post = got or ("", "", "")
                body = text[lead.end() :]
                stop = _PLEDGE_PROMISE.search(body)
                again = _PLEDGE_POINTS_LEAD.search(body)  # (a second list: '分管领域风险点：')
                ends = [x.start() for x in (stop, again) if x is not None]
                body = body[: min(ends)] if ends else body
                points = _pledge_points(body, config)
                if not points:
                    unread.append(cell_ref(r, c))
                    continue
                read.append((r, c, unit, dept, post, name, points))
        if not read:
            return []
        above = [
            sh.rows[r][cc] for r in range(first_row or 0) for cc in sh.nonempty(r)
        ]  # (the title and 单位 lines above the paragraphs)
        sheet_unit = next((u for t in above if (u := unit_in_title(t))), "")
        forms: list[RawForm] = []
        total = 0
        for r, c, unit, dept, post, person, points in read:
            unit = unit or sheet_unit
            tier = tier_of_post(post, dept) if post else ""
            if tier == "middle" and heads_the_unit(post, dept, unit):
                tier = "leader"
            form = RawForm(
                sheet=self.grid.name, style="list", tier=tier, unit=unit, department=dept,
                title=post, person=person, declared="", person_cell=cell_ref(r, c),
                declared_cell="", header_row=r, person_asked=False, grade_asked=False,
            )  # fmt: skip
            for point, level in points:
                total += 1
                form.risks.append(
                    RawRisk(
                        r,
                        "",
                        "",
                        "",
                        point,
                        "",
                        level,
                        "",
                        {"risk_point": c, "risk_level": c},
                        person=person,
                        department=dept,
                        title=post,
                        unit=unit,
                    )  # fmt: skip
                )
            forms.append(form)
        self.seen += total
        blank = sum(1 for *_x, pts in read for _p, lv in pts if not lv)
        given = []
        if blank:
            given.append(f"其中 {blank} 条没有写级别,按未填级别读")
        if unread:
            given.append(
                f"单元格 {'、'.join(unread[:5])} 的段落列了风险点,但读不出“本人某某，任…”的责任人或编号的风险点,未采用"
            )
        r0, c0 = read[0][0], read[0][1]
        self.issues.append(
            make_issue("PLEDGE_PARAGRAPH_POINTS", self.rel, self.grid.name, cell_ref(r0, c0),
                       value=str(total), count=str(len(read)), given="；".join(given) or "各段都已读出")
        )  # fmt: skip
        return forms

    def _fishbone(self) -> list[RawForm]:
        """A 鱼骨图 drawn in cells: a spine row of line-drawing runs ('━━━━' cell after cell, its
        head '廉政风险' at one end), bones slanting from it up and down towards the head, at each
        bone's far end a post and its holder ('站长　某某', '会计：某某', a post or a name alone),
        the bone's cells between that end and the spine its points, each closing in its level
        ('…（高）'; none: blank). One form a bone; cells within the drawing on no bone are named in
        the issue (FISHBONE_POINTS, once a sheet). No table heading is asked for: the drawing has
        none."""
        grid = self.grid
        if grid.lacks(*_SPINE_CHARS):
            return []  # (the cheap test: no line-drawing character on the sheet)
        sh = self.sh
        n = len(sh.rows)
        if n > _FISHBONE_ROWS:
            return []  # (a drawing is a page: a long list with a dash in it is none)
        spine = None
        for r in range(n):
            cells = sh.nonempty(r)
            drawn = [c for c in cells if _SPINE_RUN.fullmatch(sh.rows[r][c].strip())]
            if len(drawn) >= 4 and len(cells) - len(drawn) <= 1:
                spine = (r, drawn, [c for c in cells if c not in drawn])
                break
        if spine is None:
            return []
        r0, drawn, head = spine
        # the head's side: the bones reach the spine further towards it (no head: the right)
        toward = -1 if head and head[0] < drawn[0] else 1
        config = self.config
        bones: list[tuple[int, int, str, str, list[tuple[int, int, str, str]]]] = []
        claimed: set[tuple[int, int]] = set()
        for r in range(n):
            if r == r0:
                continue
            step = 1 if r < r0 else -1  # (towards the spine)
            for c in sh.nonempty(r):
                got = _bone_end(sh.rows[r][c])
                if got is None or (r, c) in claimed:
                    continue
                points = []
                rr, cc = r + step, c + toward
                while rr != r0 and 0 <= cc:
                    text = sh.rows[rr][cc].strip() if cc < len(sh.rows[rr]) else ""
                    if text:
                        tag = _level_tag(text, config)
                        level, point = (tag[0], text[: tag[1]].strip()) if tag else ("", text)
                        points.append((rr, cc, point, level))
                    rr, cc = rr + step, cc + toward
                if points and all(_bone_end(p[2]) is None for p in points):
                    bones.append((r, c, *got, points))
                    claimed.add((r, c))
                    claimed.update((p[0], p[1]) for p in points)
        if len(bones) < 2 or not any(level for *_x, pts in bones for *_y, level in pts):
            return []  # (one bone, or no point closing in a level: no drawing we can read)
        top = min(b[0] for b in bones)
        bottom = max(b[0] for b in bones)
        left = [
            cell_ref(r, c)
            for r in range(top, bottom + 1)
            if r != r0
            for c in sh.nonempty(r)
            if (r, c) not in claimed
        ]  # (text inside the drawing on no bone: said, not read)
        title = [sh.rows[r][c] for r in range(top) for c in sh.nonempty(r)]
        unit = next((u for t in title if (u := unit_in_title(t))), "")
        forms: list[RawForm] = []
        total = 0
        for r, c, post, person, points in bones:
            dept = ""
            tier = tier_of_post(post, dept) if post else ""
            if tier == "middle" and heads_the_unit(post, dept, unit):
                tier = "leader"
            form = RawForm(
                sheet=grid.name, style="list", tier=tier, unit=unit, department=dept,
                title=post, person=person, declared="", person_cell=cell_ref(r, c),
                declared_cell="", header_row=r, person_asked=False, grade_asked=False,
            )  # fmt: skip
            for pr, pc, point, level in points:
                total += 1
                form.risks.append(
                    RawRisk(pr, "", "", "", point, "", level, "", {"risk_point": pc, "risk_level": pc},
                            person=person, title=post, unit=unit)
                )  # fmt: skip
            forms.append(form)
        self.seen += total
        blank = sum(1 for *_x, pts in bones for *_y, level in pts if not level)
        given = []
        if blank:
            given.append(f"其中 {blank} 个没有写级别,按未填级别读")
        if left:
            more = f" 等 {len(left)} 格" if len(left) > 5 else ""
            given.append(f"图中单元格 {'、'.join(left[:5])}{more} 不在任何一根鱼骨上,未读取,请核对")
        self.issues.append(
            make_issue("FISHBONE_POINTS", self.rel, grid.name, cell_ref(bones[0][0], bones[0][1]),
                       row=str(r0 + 1), count=str(len(bones)), value=str(total),
                       given="；".join(given) or "各骨上的风险点都已读出")
        )  # fmt: skip
        return forms

    def _half_header(self, r: int) -> tuple[int, set[str]] | None:
        """A header row of half a table: its 序号 column and the roles its headings name."""
        sh = self.sh
        cols = sh.nonempty(r)
        if len(cols) < 3 or any(len(sh.rows[r][c]) > 24 for c in cols):
            return None
        heads = {c: heading_role(sh.key(r, c)) for c in cols}
        seq = [c for c, h in heads.items() if h and h.role == "seq"]
        roles = {h.role for h in heads.values() if h and h.strength >= 2}
        if not seq or len(roles) < 3 or len(roles) < 0.6 * len(cols):
            return None
        return seq[0], roles

    def _panel_levels(self, h: int, edges: list[int]) -> list[str]:
        """The level each block of tables side by side is captioned with in the row above their
        header ('高风险点' over one, '中风险点' over the next …), each block a level of its own;
        [] where any block has no such caption."""
        if h < 1:
            return []
        row = self.grid.rows[h - 1]
        if self._holders_named(range(h - 1)) > 1:
            return []  # ('姓名：阙知微…' over one block, '姓名：冼书白…' over the next: two cards)
        out = []
        for lo, hi in zip(edges, edges[1:], strict=False):
            said = [v for v in row[lo : min(hi, len(row))] if v.strip()]
            lv = _heading_level(said[0], self.config) if len(said) == 1 else ""
            if not lv:
                return []
            out.append(lv)
        if len({self.config.level(x) for x in out}) != len(out):
            return []
        return out

    def _holders_in_comments(self, t: _Table, raw_rows: list[RawRisk]) -> None:
        """A list with no holder column whose post cells carry comments (批注) naming who holds
        the post ('Administrator:⏎岗位责任人：虢澂翛'): each row of the post is his."""
        tc = t.roles["title"]
        merged = self.grid.merged_into
        comments = self.grid.comments
        for rr in raw_rows:
            if rr.person:
                continue
            at = merged.get(((rr.rows or {}).get("title", rr.row), tc))
            text = comments.get(at or ((rr.rows or {}).get("title", rr.row), tc), "")
            for line in text.split("\n"):
                line = line.strip()
                if _FORMER.search(line):
                    continue  # ('姓名：瞿望川（已调离）', '原责任人：…': who held it before)
                m = _SIGNED.match(line)
                f = _field_with_value(line)
                name = m.group(1) if m else f[1].strip() if f and f[0] == "person" else ""
                if name and _boxed_name(name):
                    rr.person = name
                    break

    def _boxed_holder(self, lo: int, hi: int) -> bool:
        """A text box drawn between rows ``lo`` and ``hi`` names a holder ('持卡人：…'): the
        header below it opens another card, whatever it repeats."""
        return any(
            lo <= r < hi
            and any(
                (m := _SIGNED.match(line.strip()))
                and _boxed_name(m.group(1))
                or (f := _field_with_value(line))
                and f[0] == "person"
                and _boxed_name(f[1])
                for line in text.split("\n")
            )
            for r, _c, text in self.grid.shapes
        )

    def _footer_holder(self, lo: int, hi: int) -> dict[str, tuple[str, str]]:
        """The holder, 科室 and post the sheet's page header or footer names ('&L科室：…&R岗位：…
        姓名：…', '&L自查人：…&C所在部门：…'), or a text box drawn between rows ``lo`` and ``hi``
        (above the table: '持卡人：…⏎职　务：…'), only where it names the holder: a footer of who
        filled the form in ('填报科室：办公室 | 联系人：…') names none. ``printed_at`` says which
        part of the printed page named him ('页眉', '页脚'; '' a text box, or none)."""
        self.printed_at = ""
        got: dict[str, tuple[str, str]] = {}
        # (a one-sheet-a-person template prints its holder in the header: '科室：归集信贷科' |
        # '岗位：科长　姓名：…'; the header first, the footer then, each section a line)
        texts = [
            *((text, "", "页眉") for text in self.grid.page_header),
            *((text, "", "页脚") for text in self.grid.page_footer),
            *(
                (line, cell_ref(r, c), "")
                for r, c, text in self.grid.shapes
                if lo <= r < hi
                for line in text.split("\n")
            ),
        ]
        said: dict[str, str] = {}  # field → the part that gave it
        for text, cell, part in texts:
            if _NOT_HOLDER_LABEL.match(text.strip()):
                continue  # ('联系人：…', '填报科室：…', '制表人：…': who filled it in)
            # (such a field further on: '科室：办公室　填表人：…' names no holder; the 科室 alone
            # neither, as no holder is named)
            text = _NOT_HOLDER_FIELD.sub("　", text)
            signed = _SIGNED.match(text.strip())  # '自查人：…', '承诺人：…'
            # (a box's label says it is a name: two to four Han characters of any surname)
            if signed and (
                _boxed_name(signed.group(1)) if cell else looks_like_name(signed.group(1))
            ):
                if "person" not in got:
                    got["person"], said["person"] = (signed.group(1), cell), part
                continue
            for key, value in _fields_in_line(text) or filter(None, [_field_with_value(text)]):
                if value.strip() and key in ("person", "department", "title", "dept_title"):
                    if key not in got:
                        got[key], said[key] = (value.strip(), cell), part
        person, cell = got.get("person", ("", ""))
        named = _boxed_name(person) if cell else looks_like_name(person)  # (a box's, a footer's)
        if not (person and named):
            return {}
        self.printed_at = said.get("person", "")
        return got

    def _printed_holder_differs(self, lo: int, hi: int, fields: dict[str, tuple[str, str]]) -> None:
        """The cells name the holder and the page header or footer names another ('姓名：…' in
        the cells, '&R岗位：股长　姓名：…' printed): a warning a field that differs (the cells'
        stand). Only a sheet whose printed page says something at all."""
        if not (self.grid.page_header or self.grid.page_footer):
            return
        at = self.printed_at
        printed = self._footer_holder(lo, hi)
        where, self.printed_at = self.printed_at, at
        if not printed or where not in ("页眉", "页脚"):
            return
        self._printed_fields_differ(printed, fields, ("department", "title", "person"), where)

    def _card_values_swapped(self, fields: dict[str, tuple[str, str]]) -> None:
        """A card's 姓名 and 职务 values typed in each other's cells ('姓　名 | 所长 | 职　务 |
        覃淇骞'): read swapped, with a warning naming both cells. Only where the 姓名 value is a
        post and no name and the 职务/岗位 value a name and no post; either one doubtful, as
        written."""
        who, wc = fields["person"]
        post, pc = fields["title"]
        w, p = squeeze(who), squeeze(post)
        if not (w and p) or not looks_like_name(p) or looks_like_name(w):
            return  # (the cheap test first: the 职务 cell names no one, as most do)
        if is_post(p) or not is_post(w):
            return
        fields["person"], fields["title"] = (post, pc), (who, wc)
        self.issues.append(
            make_issue("CARD_NAME_POST_SWAPPED", self.rel, self.grid.name, wc, field=pc,
                       value=w, names=p)
        )  # fmt: skip

    def _printed_fields_differ(
        self,
        printed: dict[str, tuple[str, str]],
        fields: dict[str, tuple[str, str]],
        keys: tuple[str, ...],
        where: str,
    ) -> None:
        """A warning for each of ``keys`` the printed page header or footer writes otherwise
        than the cells (the cells' stand)."""
        for key in keys:
            mine, theirs = printed.get(key, ("", ""))[0], fields.get(key, ("", ""))[0]
            if mine and theirs and squeeze(mine) != squeeze(theirs):
                self.issues.append(
                    make_issue("HOLDER_PAGE_HEADER_DIFFERS", self.rel, self.grid.name,
                               field=_HOLDER_ZH.get(key, key), value=theirs, other=mine,
                               part=where)
                )  # fmt: skip

    def _printed_holder_said(
        self, printed: dict[str, tuple[str, str]], fields: dict[str, tuple[str, str]]
    ) -> None:
        """Report once a sheet the holder read from its printed page header or footer (info),
        and each of his 科室 and post the cells write otherwise (a warning: the cells' stand)."""
        where = self.printed_at
        self._printed_fields_differ(printed, fields, ("department", "title"), where)
        if self.printed_holder:
            return
        self.printed_holder = where
        value = "、".join(
            printed[k][0] for k in ("department", "dept_title", "title", "person") if k in printed
        )
        self.issues.append(
            make_issue("HOLDER_IN_PAGE_HEADER", self.rel, self.grid.name, value=value, part=where)
        )

    def _open_span(self, hs: int, c: int) -> int:
        """The last column a heading not merged stands over, where the cells right of it are
        empty and the row below names a level under it and under each of them ('风险等级' over
        '一级 | 二级 | 三级', a pivot table's column field): c where it stands over its own."""
        sh = self.sh
        row, below = sh.rows[hs], sh.rows[hs + 1]
        if c >= len(below) or not self.config.level(below[c].strip()):
            return c
        if c >= len(row) or not row[c].strip() or (hs, c) in self.grid.merged_into:
            return c  # (a sub-heading's column under a heading merged across: that heading's)
        x = c
        while (
            x + 1 < len(below)
            and (x + 1 >= len(row) or not row[x + 1].strip())
            and self.config.level(below[x + 1].strip())
        ):
            x += 1
        return x

    def _holders_named(self, rows) -> int:
        """How many holders' labels the lines ``rows`` hold ('姓名 | …', '姓名：…　岗位：…')."""
        sh = self.sh
        n = 0
        for x in rows:
            for c in sh.nonempty(x):
                text = sh.rows[x][c]
                if field_of(sh.key(x, c)) == "person":
                    n += 1
                    continue
                pairs = _fields_in_line(text) or tuple(filter(None, [_field_with_value(text)]))
                n += sum(1 for f, _v in pairs if f == "person")
        return n

    def _card_above(self, h: int) -> bool:
        """The table's holder or post is given above it ('姓名 | 郜明远', '负责人 | …'): a card."""
        pre = [x for x in range(max(0, h - 6), h) if self.sh.kind(x) != "blank"]
        fields = _parse_fields(self.sh, pre) if pre else {}
        return any(fields.get(k, ("", ""))[0].strip() for k in ("person", "title", "head"))

    def _side_title(self) -> tuple[int, int, str] | None:
        """The table's title typed in ONE cell merged down its left (or right) edge, from its
        heading row on, beside the heading and the rows, as a page bound at that edge prints it
        ('X⏎X⏎县⏎…⏎一⏎览⏎表' in A1:A9 beside a table from B1; one character a line or turned):
        (its first row, its last row, the title); the cell taken out of the sheet (no column of
        the table, its text no one's duty) and reported. None where there is none: a name, a
        ``骑⏎缝⏎线``, a 科室 or a 监督主体 merged down beside the rows is a field and stays."""
        grid = self.grid
        rows = grid.rows
        found = None
        for m in grid.merges or ():  # (the cheap test: a merge one column wide, 3+ rows down)
            r0, c, r1, c1 = m
            if c1 != c or r1 - r0 < 2 or r0 >= len(rows) or c >= len(rows[r0]):
                continue
            title = squeeze(rows[r0][c])
            if not _side_title_text(title):
                continue
            span = rows[r0 : r1 + 1]
            left = not any(v for row in span for v in row[:c])
            right = not any(v for row in span for v in row[c + 1 :])
            if left == right:
                continue  # (in the middle of the sheet, or nothing beside it)
            # the table's heading beside it, on its first rows: no heading of its own above it
            beside = [(row[c + 1 :] if left else row[:c]) for row in rows[r0 : min(r1, r0 + 2) + 1]]
            if not any(any(map(_names_point_cell, row)) for row in beside):
                continue
            found = (m, left, title)
            break
        if found is None:
            return None
        (r0, c, r1, _c1), left, title = found
        new_rows = [
            [("" if x == c and r0 <= r <= r1 else v) for x, v in enumerate(row)]
            for r, row in enumerate(rows)
        ]
        merges = [m for m in grid.merges or () if m != found[0]]
        self.grid = replace(grid, rows=new_rows, merges=merges)
        self.sh = _Sheet(self.grid)
        self.issues.append(
            make_issue(
                "TITLE_BESIDE_TABLE",
                self.rel,
                grid.name,
                cell_ref(r0, c),
                "左侧" if left else "右侧",
                title,
            )
        )
        return r0, r1, title

    def _side_panel(self) -> dict[str, tuple[str, str]]:
        """A card whose holder's fields stand in a panel of label | value columns left of its
        table, in the same rows, an empty column between ('姓　　名 | 郄澹宁' … beside '序号 | 风险点
        | …'): the fields, and the panel taken out of the sheet (its labels are no column of the
        table, its caption no part of the title); {} where there is none."""
        sh = self.sh
        rows = sh.rows
        for row in rows:  # (the cheap test: column C empty all down the sheet)
            if len(row) > 2 and row[2]:
                return {}
        k = 2  # the panel's columns: its labels and their values; column k (C) empty
        for row in rows[: min(len(rows), 40)]:  # (the cheap test: a label, a value, a gap, more)
            if len(row) > 3 and row[0] and row[1] and not row[2] and any(row[3:]):
                break
        else:
            return {}
        labels = [r for r in range(len(rows)) if rows[r] and rows[r][0] and len(rows[r][0]) <= 8]
        found: dict[str, tuple[str, str]] = {}
        panel: set[int] = set()  # (a title across the sheet stays)
        for r in labels:
            key = _key(rows[r][0])
            fld = field_of(key)
            if fld or key in _PERSONAL_LABELS or key in _PANEL_WORDS or key in _PANEL_CAPTIONS:
                panel.add(r)
            if fld in ("person", "department", "title", "declared_grade", "unit"):
                value = next(
                    (rows[r][c] for c in range(1, k) if c < len(rows[r]) and rows[r][c]), ""
                )
                if value:
                    found.setdefault(fld, (value.strip(), cell_ref(r, 1)))
        if len(panel) < 3 or "person" not in found:
            return {}
        # the table's heading row stands right of the gap ('序号 | 风险点' in A:B is the table's)
        if any(
            any(_names_point_cell(v) for v in row[: k + 1])
            for r, row in enumerate(rows)
            if sh.names_point(r)
        ):
            return {}
        sh.rows = [
            [("" if c < k and r in panel else v) for c, v in enumerate(row)]
            for r, row in enumerate(rows)
        ]
        sh._nonempty = [None] * len(sh.rows)
        sh._kinds = [None] * len(sh.rows)
        return found

    def _right_panel(self) -> dict[str, tuple[str, str]]:
        """``_side_panel`` mirrored: the holder's label | value columns right of the table, an
        empty column between ('序号 | 风险点 | … | | 姓名 | 逄峤生'): the fields, the panel taken
        out of the sheet; {} where there is none."""
        sh = self.sh
        rows = sh.rows
        top = rows[: min(len(rows), 40)]  # (the cheap test: the panel stands by the table's top)
        last = max((len(row) - 1 for row in top if row and row[-1]), default=-1)
        if last < 4:
            return {}
        lab, gap = last - 1, last - 2
        if sum(1 for row in top if len(row) > lab and field_of(_key(row[lab]))) < 2:
            return {}
        persons = sum(1 for row in rows if len(row) > lab and field_of(_key(row[lab])) == "person")
        if persons != 1:
            return {}  # (one card's panel: several name a card each)
        for row in top:  # a list's own identity headings left of the panel: no card
            if any(
                (h := heading_role(_key(v))) is not None
                and h.strength == SURE
                and h.role in ("person", "title", "department")
                for v in row[:gap]
            ):
                return {}
        if any(len(row) > gap and row[gap] for row in rows):
            return {}  # the column before the panel empty all down
        found: dict[str, tuple[str, str]] = {}
        panel: set[int] = set()
        for r, row in enumerate(rows):
            label = row[lab] if len(row) > lab else ""
            if not label or len(label) > 8:
                continue
            key = _key(label)
            fld = field_of(key)
            if fld or key in _PERSONAL_LABELS or key in _PANEL_WORDS or key in _PANEL_CAPTIONS:
                panel.add(r)
            value = row[last] if len(row) > last else ""
            if fld in ("person", "department", "title", "declared_grade", "unit") and value:
                found.setdefault(fld, (value.strip(), cell_ref(r, last)))
        if len(panel) < 3 or "person" not in found:
            return {}
        sh.rows = [
            [("" if c >= lab and r in panel else v) for c, v in enumerate(row)]
            for r, row in enumerate(rows)
        ]
        sh._nonempty = [None] * len(sh.rows)
        sh._kinds = [None] * len(sh.rows)
        return found

    def _own_fields(self, r: int) -> bool:
        """Row ``r`` under a personal form holds only its holder's name, 科室 and post as
        fields ('持卡人：柯雨萌' under a card)."""
        got = _parse_fields(self.sh, [r])
        return bool(got) and set(got) <= {"department", "title", "person"}

    def _holder_line(self, r: int, cols: list[int]) -> bool:
        """'持卡人： | 柯雨萌' under a card: a label naming the holder and a name beside it,
        nothing else on the row; no risk point, whatever column the name stands in."""
        if len(cols) != 2:
            return False
        label, name = (self.sh.rows[r][c] for c in cols)
        if not label.endswith((":", "：")) or not looks_like_name(name.strip()):
            return False
        return field_of(self.sh.key(r, cols[0])) == "person"

    def _crew_by_role(
        self, rows: list[int]
    ) -> tuple[tuple[str, str], set[int], dict[str, str], tuple[str, str]]:
        """A card keyed by a vehicle (一车一卡) whose holders are its crew, named by role on its
        label rows ('主驾驶员 | 萧翊琛 | 副驾驶员 | 甘璟珞', '主班 | … | 副班 | …', 'A岗 | … | B岗 |
        …', a row each or side by side): each crew member holds every point of the card, his
        post the role's stem ('驾驶员'); a supervisor's label beside them ('车队长（监督人） | …',
        '监督人 | …') names no holder; '所属车队 | 第一车队' gives the 科室. Returns ('甲、乙', first
        name's cell), the card's label rows, {name: post} and the 科室 field, or nothing."""
        none: tuple = (("", ""), set(), {}, ("", ""))
        if self.grid.lacks(
            "驾驶员", "司机", "乘务员", "售票员", "跟车员", "安全员", "主班", "副班", "A岗", "B岗"
        ):
            return none  # (the cheap test: a crew role, 驾驶员/司机/…/主班/A岗…, in the cells)
        sh = self.sh
        if not any(_CREW_ROLE.match(sh.key(r, c)) for r in rows for c in sh.nonempty(r)[:1]):
            return none  # the cheap test: no row opens with a crew role
        posts: dict[str, str] = {}
        first_cell, used, pairs_rows, dept = "", set(), [], ("", "")
        for r in rows:
            cols = sh.nonempty(r)
            if len(cols) < 2 or len(cols) % 2:
                continue
            pairs = [(sh.key(r, cols[i]), squeeze(sh.rows[r][cols[i + 1]]), cols[i + 1])
                     for i in range(0, len(cols), 2)]  # fmt: skip
            if any(not k or k == "\x00" for k, _v, _c in pairs):
                continue
            pairs_rows.append((r, pairs))
            crew = [(k, v, c) for k, v, c in pairs if _CREW_ROLE.match(k)]
            if not crew:
                continue
            if len(crew) != len(pairs) or not all(looks_like_name(v) for _k, v, _c in crew):
                return none  # ('驾驶员 | 张三 | 驾龄 | 12年': one driver's own fields)
            for k, v, c in crew:
                posts.setdefault(v, _CREW_ROLE.match(k).group("stem") or k)
                first_cell = first_cell or cell_ref(r, c)
            used.add(r)
        if len(posts) < 2:
            return none  # one driver: a one-person card, read as before
        for r, pairs in pairs_rows:
            if r in used:
                continue
            depts = [
                (v, c) for k, v, c in pairs if k.endswith(_CREW_DEPT) and not looks_like_name(v)
            ]
            if depts and not dept[0]:
                dept = (depts[0][0], cell_ref(r, depts[0][1]))  # '所属车队 | 第一车队'
            if (
                depts
                or WATCHING_LABEL.search(sh.rows[r][sh.nonempty(r)[0]])
                or not any(field_of(k) for k, _v, _c in pairs)
            ):
                # '车队长（监督人） | 萧曜岑 | 监督电话 | …': he only checks; '车辆编号 | QY-03 |
                # 车牌号 | …': the vehicle's; the card's labels, no rows outside it
                used.add(r)
        return ("、".join(posts), first_cell), used, posts, dept

    def _crew_above(self, rows: list[int]) -> tuple[tuple[str, str], set[int]]:
        """A small table of the people in the post above a post's card ('本岗位在岗人员' over
        '序号 | 姓名 | 人员类别 | 到岗时间 | 备注', a row each): ('滑霈岚、蓟澄筠', first name's
        cell) and its rows, or ('', set()). A family's table ('称谓 | 姓名 | …') is no such."""
        sh = self.sh
        allowed = set(rows)
        for r in rows:
            cols = sh.nonempty(r)
            if len(cols) < 3:
                continue
            keys = [sh.key(r, c) for c in cols]
            if {"称谓", "关系", "与本人关系"} & set(keys):
                return ("", ""), set()
            heads = [heading_role(k) if k and k != "\x00" else None for k in keys]
            person = [
                c
                for c, h in zip(cols, heads, strict=True)
                if h and h.role == "person" and h.strength >= 2
            ]
            if len(person) != 1 or any(h and h.role in ("title", *POINTISH) for h in heads):
                continue
            if any(
                field_of(k)
                for k, h in zip(keys, heads, strict=True)
                if not (h and h.role == "person")
            ):
                continue  # ('姓名 | 张三 | 岗位 | 会计': the card's own fields)
            if keys[0] not in ("序号", "编号") or any(looks_like_name(sh.rows[r][c]) for c in cols):
                continue  # ('姓名 | 祁翯舲 | 性别 | 女': labels and their values, no header)
            pc, names, end = person[0], [], r + 1
            while end in allowed:
                v = squeeze(sh.rows[end][pc]) if pc < len(sh.rows[end]) else ""
                if not v or not (
                    looks_like_name(v) or (HAN_NAME.match(v) and len(v) <= 5 and not _dept_like(v))
                ):
                    break
                names.append(v)
                end += 1
            caption = "".join(sh.rows[r - 1]) if r - 1 in allowed else ""
            said = caption + "".join(sh.rows[r])
            if names and _CREW.search(said) and not _NOT_CREW.search(said):
                used = set(range(r, end))
                if caption and len(sh.nonempty(r - 1)) == 1:
                    used.add(r - 1)  # its caption
                return ("、".join(names), cell_ref(r + 1, pc)), used
        return ("", ""), set()


def _heading_word(k: str) -> bool:
    """A cell's key is a heading word of some role ('风险点', '风险类型', '岗位信息' as other)."""
    if not k or k == "\x00":
        return False
    h = heading_role(k)
    return h is not None and (h.strength >= 2 or h.role == "other")


def _question_role(text: str) -> str | None:
    """What a questionnaire's question line asks for (``_answer_blocks``): 'risk_point',
    'risk_level', 'measures', '' (another question, or both a level and measures), or None
    where the line is no numbered question."""
    m = _QUESTION_NUMBER.match(text)
    if m is None or len(text) > 80 or "\n" in text.strip():
        return None
    rest = text[m.end() :]
    if not _QUESTION_ASKS.search(rest):
        return None
    measures, levels = _QUESTION_MEASURES.search(rest), _QUESTION_LEVELS.search(rest)
    if measures and levels:
        return ""
    if measures:
        return "measures"
    if levels:
        return "risk_level"
    return "risk_point" if _QUESTION_POINTS.search(rest) else ""


def _number_shape(text: str) -> str:
    """How a line is numbered, the number itself aside ('（3）' '（1）', '二、' '一、', '⑤' '①')."""
    m = _ANSWER_NUMBER.match(text) or _QUESTION_NUMBER.match(text)
    if m is None:
        return ""
    got = re.sub(r"\d+", "1", m.group(0).strip())
    return re.sub(r"[①-⑳]", "①", re.sub(r"[一二三四五六七八九十]+", "一", got))


def _answer_number(m) -> int | None:
    """The number of an ``_ANSWER_NUMBER`` match ('（一）' 1, '③' 3)."""
    if m.group(3):
        return ord(m.group(3)) - ord("①") + 1
    k = m.group(1) or m.group(2)
    if k.isdigit():
        return int(k)
    if len(k) == 1:
        return _CN_DIGITS.get(k)
    if k[0] == "十":
        return 10 + _CN_DIGITS.get(k[1], 0)
    return _CN_DIGITS.get(k[0], 0) * 10 + (_CN_DIGITS.get(k[2], 0) if len(k) == 3 else 0)


def _numbered_answers(text: str, several: bool = False) -> list[tuple[int | None, str]]:
    """A questionnaire's answer cell as its numbered answers [(number, text)], a line each (a
    line with no number the last one's; the cell's first such line numbered None); with
    ``several``, short answers written on one line ('1.高 2.中 3.低') each apart. Nothing where
    no line is numbered."""
    out: list[tuple[int | None, str]] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        m = _ANSWER_NUMBER.match(line)
        if m is None:
            if out:
                k, t = out[-1]
                out[-1] = (k, f"{t}\n{line}")
            else:
                out.append((None, line))
            continue
        parts = list(_ANSWERS_ON_A_LINE.finditer(line)) if several else []
        if len(parts) > 1:
            for i, p in enumerate(parts):
                end = parts[i + 1].start() if i + 1 < len(parts) else len(line)
                out.append((_answer_number(p), line[p.end() : end].strip(" \u3000；;，,。")))
            continue
        out.append((_answer_number(m), line[m.end() :].strip()))
    if all(k is None for k, _t in out):
        return []
    return out


def _answer_level(text: str, config) -> tuple[str, str, str] | None:
    """A questionnaire's points' answer carrying its own level (``_answer_block``) as (the point,
    the level as written, the type a closing clause names or ''): the level in a bracket closing
    or opening it ('…（风险等级：高）', '…（等级：二级）', '…（高风险）', '【中】…'), after a dash
    ('…——高风险', '…－等级：低'), after a space as a level's own word ('…　二级风险'), or in a
    clause closing its sentence ('…，风险等级为一级'); None where it names no level the vocabulary
    reads as one, or too little is left for a point."""
    body = text.strip().rstrip(" \u3000。.；;，,")
    if "\n" in body or len(body) < 3:
        return None

    def level(word: str) -> bool:
        word = word.strip()
        return (
            bool(word)
            and config.level(word) is not None
            and (_level_word(word) or (_END_LEVEL.match(word) is not None and not word.isdigit()))
        )

    for pattern in (_ANSWER_LEVEL_BRACKET, _ANSWER_LEVEL_DASH, _ANSWER_LEVEL_SPACED):
        m = pattern.search(body)
        if m is not None and level(m.group(1)):
            point = body[: m.start()].strip().rstrip(" \u3000。.；;，,:：")
            return (point, m.group(1).strip(), "") if len(point) >= 2 else None
    m = _ANSWER_LEVEL_OPENING.match(body)
    if m is not None and level(m.group(1)):
        point = body[m.end() :].strip()
        return (point, m.group(1).strip(), "") if len(point) >= 2 else None
    if "级" in body[-12:] or "风险" in body[-12:]:
        got = _point_and_clauses(body, config)
        if got is not None and got.get("risk_level"):
            return got["risk_point"], got["risk_level"], got.get("risk_type", "")
    return None


def _chat_holder(nick: str) -> dict[str, str]:
    """A chat sender's 群昵称 as the holder it names ('招商服务科-科长-某某' → 科室, post, name;
    '主任-某某'; '某某-科长'; '某某' a name alone), else {}."""
    bare = re.sub(r"[(（][^()（）]*[)）]\s*$", "", nick.strip())  # ('…（请假）')
    parts = [x for x in _CHAT_NICK_SPLIT.split(bare) if x]
    if not parts or len(parts) > 3:
        return {}
    got = _holder_parts(" ".join(parts))
    if not got and len(parts) > 1:
        got = _holder_parts(" ".join(reversed(parts)))  # ('某某-科长', '某某-科长-财务股')
    if not got and len(parts) == 1 and _lead_name(parts[0]):
        got = {"person": parts[0]}
    return got if ("title" in got or "person" in got) else {}


def _chat_points(text: str) -> list[tuple[str, str, str, str]]:
    """A chat message's labelled clauses as its points [(point, level, measures, type)]: each
    point's label opens a point, the clauses after it its level, measures and type (a clause of
    no label the last one's, joined by '；'); a point left as a placeholder or asked about none."""
    out: list[dict[str, str]] = []
    last = ""
    for piece in _CHAT_CLAUSE_SPLIT.split(text):
        piece = piece.strip()
        if not piece:
            continue
        m = _CHAT_CLAUSE.match(piece)
        if m is None:
            if out and last:
                out[-1][last] = f"{out[-1][last]}；{piece}" if out[-1][last] else piece
            continue
        role = m.lastgroup or ""
        value = piece[m.end() :].strip()
        if role == "point":
            out.append({"point": value, "level": "", "measures": "", "type": ""})
        elif not out:
            continue
        elif out[-1][role]:
            out[-1][role] = f"{out[-1][role]}；{value}"
        else:
            out[-1][role] = value
        last = role
    got = []
    for d in out:
        point = d["point"].rstrip("。.；; ")
        if len(point) < 2 or _CHAT_PLACEHOLDER.search(point):
            continue
        got.append((point, d["level"].rstrip("。.；; "), d["measures"].rstrip("。；; "),
                    d["type"].rstrip("。.；; ")))  # fmt: skip
    return got


def _pledge_points(body: str, config) -> list[tuple[str, str]]:
    """A 承诺 paragraph's list of points (``_pledge_paragraphs``) as [(point, level)]: the clauses
    numbered 1, 2, 3 … in turn (a number out of turn is the point's own text), each closing
    bracket a level where the vocabulary reads it as one; with no numbers, the clauses parted by
    '；' where each closes with a level. Nothing where no point can be read."""
    marks = []
    want = 1
    for m in _PLEDGE_ITEM.finditer(body):
        k = m.group(1) or m.group(2)
        k = int(k) if k else ord(m.group(3)) - ord("①") + 1
        if k == want:
            marks.append(m)
            want += 1
    if marks:
        parts = [
            body[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(body)]
            for i, m in enumerate(marks)
        ]
        # what follows the list's last point is no point: the text after its closing level and a
        # break ('…（高）⏎针对以上风险，…'), else after its sentence ('…。以上风险…')
        last = parts[-1]
        for m in re.finditer(r"[。\n]", last):
            if _level_tag(last[: m.start()], config):
                last = last[: m.start()]
                break
        parts[-1] = last.split("。")[0]
        numbered = True
    else:
        parts = [x for x in re.split(r"[；;]", body.split("。")[0]) if x.strip()]
        numbered = False
    out: list[tuple[str, str]] = []
    for part in parts:
        part = part.strip(" \u3000；;。，,、\n")
        tag = _level_tag(part, config)
        level = ""
        if tag is not None:
            level, part = tag[0], part[: tag[1]].strip(" \u3000；;。，,")
        if len(part) < 2:
            return []
        if not numbered and not level:
            return []  # (unnumbered clauses each closing with a level, or no list)
        out.append((part, level))
    if not numbered and len(out) < 2:
        return []
    return out


def _level_tag(text: str, config) -> tuple[str, int] | None:
    """The level a text's closing bracket says ('…（高风险）', '…【二级】'), with where the bracket
    begins; None where it closes with no bracket or one that is no level."""
    tag = _LEVEL_CLOSING.search(text.rstrip(" \u3000；;，,"))
    said = tag.group(1).strip() if tag else ""
    if said and config.level(said) and (_level_word(said) or _END_LEVEL.match(said)):
        return said, tag.start()  # type: ignore[union-attr]
    return None
