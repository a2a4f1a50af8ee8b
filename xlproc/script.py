"""Traditional characters (正体字/繁体) read through their simplified forms.

A sheet written throughout in traditional script (a 台商-facing copy, WPS's 简转繁) heads its
columns '崗位 | 廉政風險點 | 風險等級' and grades '一級/二級/三級': the reader's vocabularies are all
simplified, so the keys the readers match on are taken of the simplified form of such a text
(``label_key``, the vocabularies' keys) while every value keeps the text as written. No
converter is installed: the table below is data, each pair traditional then simplified, for
the characters of the reader's own words (headings, level and type words, post and 科室 words).
"""

from __future__ import annotations

import re

# each pair: the traditional character, then its simplified form ('險险': '風險' → '风险')
_SCRIPT_PAIRS = (
    "萬万 與与 專专 業业 叢丛 東东 兩两 嚴严 個个 豐丰 臨临 為为 爲为 麗丽 舉举 麼么",
    "義义 烏乌 樂乐 習习 鄉乡 書书 買买 爭争 於于 雲云 亞亚 產产 産产 畝亩 親亲 億亿",
    "僅仅 從从 們们 價价 眾众 衆众 優优 會会 傳传 偽伪 僞伪 體体 餘余 側侧 傾倾 償偿",
    "儲储 兒儿 兌兑 黨党 蘭兰 關关 興兴 獸兽 內内 冊册 寫写 軍军 農农 馮冯 決决 況况",
    "準准 幾几 憑凭 擊击 劃划 則则 剛刚 創创 別别 製制 劑剂 劇剧 賸剩 辦办 務务 動动",
    "勞劳 勢势 區区 醫医 昇升 華华 協协 單单 賣卖 衛卫 衞卫 卻却 廠厂 廳厅 曆历 歷历",
    "厲厉 壓压 廂厢 縣县 參参 扠叉 雙双 發发 髮发 變变 敍叙 敘叙 疊叠 檯台 臺台 颱台",
    "葉叶 號号 後后 嗎吗 聽听 啓启 啟启 員员 週周 諮咨 響响 迴回 團团 園园 睏困 圍围",
    "國国 圖图 圓圆 場场 壞坏 塊块 堅坚 牆墙 聲声 處处 備备 復复 複复 夠够 頭头 奬奖",
    "獎奖 婦妇 婁娄 孫孙 學学 寧宁 寶宝 實实 審审 宮宫 賓宾 對对 導导 將将 盡尽 層层",
    "屆届 屬属 歲岁 崗岗 嵐岚 嶺岭 峽峡 師师 帳帐 帶带 幫帮 幹干 廣广 莊庄 慶庆 庫库",
    "應应 廢废 開开 異异 棄弃 張张 彈弹 強强 歸归 當当 錄录 徵征 徑径 誌志 懷怀 態态",
    "總总 懲惩 戰战 戶户 紮扎 託托 執执 擴扩 掃扫 揚扬 撫抚 搶抢 護护 報报 擔担 擬拟",
    "揀拣 擁拥 撥拨 擇择 掛挂 揮挥 損损 換换 據据 擺摆 搖摇 攤摊 數数 斷断 無无 舊旧",
    "時时 顯显 晉晋 曉晓 暫暂 術术 機机 雜杂 權权 條条 來来 楊杨 鬆松 闆板 極极 構构",
    "櫃柜 標标 棟栋 欄栏 樣样 覈核 檔档 橋桥 檢检 樓楼 橫横 歐欧 殘残 畢毕 氣气 匯汇",
    "彙汇 滙汇 漢汉 汙污 湯汤 溝沟 沒没 洩泄 註注 澤泽 潔洁 淺浅 測测 濟济 瀏浏 塗涂",
    "濤涛 漁渔 溫温 灣湾 滯滞 滿满 濫滥 潛潜 燈灯 點点 煙烟 菸烟 熱热 愛爱 牽牵 狀状",
    "獨独 獄狱 瑪玛 環环 現现 電电 畫画 療疗 監监 蓋盖 盤盘 矯矫 礦矿 碼码 礎础 確确",
    "禮礼 祿禄 離离 種种 祕秘 積积 稱称 稅税 豎竖 競竞 筆笔 籠笼 築筑 籌筹 簽签 籤签",
    "簡简 類类 糧粮 係系 繫系 紅红 約约 級级 紀纪 綱纲 納纳 縱纵 紋纹 線线 練练 組组",
    "細细 織织 終终 經经 絨绒 結结 繞绕 繪绘 給给 絡络 絕绝 統统 繼继 績绩 續续 維维",
    "綜综 綠绿 綴缀 編编 縫缝 縮缩 繳缴 網网 羅罗 罰罚 羣群 聶聂 職职 聯联 肅肃 勝胜",
    "鬍胡 腦脑 腳脚 騰腾 捨舍 藝艺 節节 羋芈 蘆芦 蒼苍 甦苏 蘇苏 範范 荊荆 薦荐 榮荣",
    "藥药 蓮莲 營营 蔣蒋 藍蓝 虛虚 銜衔 補补 裝装 見见 觀观 規规 視视 覽览 覺觉 觸触",
    "計计 訂订 認认 討讨 讓让 訖讫 訓训 議议 訊讯 記记 講讲 許许 論论 設设 訪访 証证",
    "證证 評评 識识 訴诉 診诊 詞词 試试 話话 詢询 該该 詳详 語语 誤误 說说 請请 諸诸",
    "諾诺 讀读 課课 誰谁 調调 談谈 謀谋 諧谐 謂谓 謝谢 穀谷 貝贝 負负 貢贡 財财 責责",
    "敗败 賬账 貨货 質质 貪贪 貧贫 購购 貫贯 貳贰 貼贴 貴贵 貸贷 貿贸 費费 賀贺 賈贾",
    "賄贿 賃赁 賂赂 資资 賦赋 賞赏 賴赖 趙赵 趨趋 車车 軒轩 轉转 軟软 輕轻 載载 較较",
    "輔辅 輛辆 輝辉 輸输 轄辖 辭辞 邊边 達达 遷迁 過过 運运 還还 這这 進进 遠远 違违",
    "連连 遲迟 適适 選选 遞递 邏逻 遺遗 鄧邓 郵邮 鄰邻 鄭郑 採采 釋释 裏里 裡里 鑑鉴",
    "鑒鉴 針针 鈔钞 鐘钟 鉤钩 鈕钮 錢钱 鐵铁 鐸铎 銘铭 銀银 鋪铺 鏈链 銷销 鎖锁 鋒锋",
    "錯错 鍵键 鎮镇 長长 門门 閉闭 問问 閒闲 間间 閘闸 聞闻 閣阁 閱阅 閻阎 隊队 陽阳",
    "陣阵 階阶 際际 陸陆 陳陈 險险 隨随 隱隐 雋隽 難难 霽霁 靜静 韋韦 韓韩 頁页 頂顶",
    "項项 順顺 須须 顧顾 頓顿 預预 領领 頻频 顆颗 題题 顏颜 額额 風风 飛飞 飲饮 饒饶",
    "館馆 饋馈 馬马 駛驶 駐驻 駕驾 驗验 騎骑 騙骗 驟骤 魚鱼 魯鲁 鮑鲍 鮮鲜 鯉鲤 雞鸡",
    "鳴鸣 鵬鹏 麥麦 黃黄 齊齐 齡龄 龍龙",
    # surnames whose traditional form no word above holds (a signer's or a holder's name is tested on its key)
    "劉刘 吳吴 蕭萧 呂吕 盧卢 鍾钟 譚谭 鄒邹 喬乔 龔龚 繆缪 龐庞 鄔邬 鄺邝 駱骆 闕阙",
    "鳳凤 閔闵 欒栾 甯宁 倫伦 閆闫 嶽岳 遙遥",
)

_TO_SIMPLIFIED_KEYS = {p[0]: p[1] for line in _SCRIPT_PAIRS for p in line.split()}
_TO_SIMPLIFIED = str.maketrans(_TO_SIMPLIFIED_KEYS)

# the characters that mark a text as traditional: those of the reader's headings and level
# words that are no common part of a name ('陳', '梁', '葉' in '陳志明' switch nothing)
TRADITIONAL_MARKS = re.compile("[險風級職崗號務類責處門辦員審監機點註報導]")
# the same characters' simplified forms ('注' no: a traditional text writes it too): a heading
# with one of them is simplified, so a lone '風險點' among '序号 | 岗位 | 风险等级' heads no
# traditional sheet
SIMPLIFIED_MARKS = re.compile("[险风级职岗号务类责处门办员审监机点报导]")


def simplified(text: str) -> str:
    """``text`` with its traditional characters in their simplified forms ('風險等級' → '风险等级')."""
    return text.translate(_TO_SIMPLIFIED)


# any character of the table: a text with one of them is keyed by its simplified form ('股長',
# '合計', '陳志遠' hold none of the sheet's marks above, yet read as '股长', '合计', '陈志远')
_ANY_TRADITIONAL = re.compile("[" + "".join(sorted(_TO_SIMPLIFIED_KEYS)) + "]")


def as_keyed(text: str) -> str:
    """The form of ``text`` a key or an identity test is taken of: simplified where a character
    of it is traditional ('廉政風險點', '股長', '合計', '陳志遠'), else ``text`` itself (the cheap
    test first). Only tests and keys take it: a value keeps the text as written."""
    if _ANY_TRADITIONAL.search(text):
        return text.translate(_TO_SIMPLIFIED)
    return text


def as_written(part: str, text: str) -> str:
    """The stretch of ``text`` (spaces dropped) whose keyed form is ``part``: a 科室 or a post
    found in ``as_keyed(text)`` ('國庫股' of '國庫股股長'), as written; ``part`` if none is."""
    if not part or part in text:
        return part
    squeezed = "".join(text.split())
    at = squeezed.translate(_TO_SIMPLIFIED).find(part)
    return squeezed[at : at + len(part)] if at >= 0 else part
