import sys, os, time, shutil
sys.path.insert(0, "/tmp/review/repo/tests"); sys.path.insert(0, os.environ.get("REPO", "/tmp/review/repo"))
from pathlib import Path
from xlproc.collect import collect_inbox
import xlsxwriter
kind = sys.argv[1]
base = Path("/tmp/review/perf")/kind
p = base/"in"/"t.xlsx"
if not p.exists():
    p.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(p), {"constant_memory": False})
    ws = wb.add_worksheet("Sheet1")
    if kind == "list":
        ws.write_row(0,0,["XX县财政局廉政风险点一览表"])
        ws.write_row(1,0,["序号","科室","岗位","姓名","风险点","风险类型","风险等级","防控措施"])
        for i in range(50000):
            ws.write_row(i+2,0,[i+1,f"科室{i//50}股",f"岗位{i//5}员",f"张{i//5%97}",f"风险点内容描述第{i}条违规操作","岗位职责",["高","中","低"][i%3],f"措施{i}严格执行"])
    elif kind == "forms":  # 3000 stacked one-post forms, levels 较高/一般 with a legend
        r = 0
        for f in range(3000):
            ws.write_row(r,0,["一般岗位廉政风险识别和防控表"]); r+=1
            ws.write_row(r,0,["姓名",f"张{f}","所在科室及职务","办公室科员","岗位风险等级","B"]); r+=1
            ws.write_row(r,0,["岗位职责","工作流程","风险点","风险类型","风险级别","防控措施"]); r+=1
            for k in range(4):
                ws.write_row(r,0,["负责公文收发","收文登记",f"公文运转泄露信息{k}","岗位职责",["较高","一般"][k%2],"严格保密"]); r+=1
            ws.write_row(r,0,["注:风险级别分较高、一般、较低三档"]); r+=1
    elif kind == "noheader":  # 50000 rows, header words unknown (guessed header path)
        ws.write_row(0,0,["序号","科室","岗位","廉政隐患","风险类型","风险等级","防控措施"])
        for i in range(50000):
            ws.write_row(i+1,0,[i+1,f"科室{i//50}股",f"岗位{i//5}员",f"隐患内容描述第{i}条违规操作","岗位职责",["高","中","低"][i%3],f"措施{i}严格执行"])
    elif kind == "merged":  # 50000 rows, point merged down in pairs, numbered measures on 2nd row
        ws.write_row(0,0,["序号","科室","岗位","风险点","风险类型","风险等级","防控措施"])
        for i in range(0,50000,2):
            r = i+1
            for c,v in enumerate([i//2+1,f"科室{i//100}股",f"岗位{i//10}员",f"风险内容描述第{i}条","岗位职责","高"]):
                ws.merge_range(r,c,r+1,c,str(v))
            ws.write(r,6,"1.严格执行"); ws.write(r+1,6,"2.加强监督")
    elif kind == "twosheets":
        ws.write_row(0,0,["序号","科室","岗位","姓名","风险点","风险类型","风险等级","防控措施"])
        for i in range(25000):
            ws.write_row(i+1,0,[i+1,f"科室{i//50}股",f"岗位{i//5}员",f"张{i//5%97}",f"风险点内容描述第{i}条违规操作","岗位职责",["高","中","低"][i%3],f"措施{i}严格执行"])
        ws2 = wb.add_worksheet("Sheet2")
        for i in range(25000):
            ws2.write_row(i,0,[i+1,f"科室{i//50}股",f"岗位{i//5}员",f"张{i//5%97}",f"风险点内容描述第{i}条违规操作","岗位职责",["高","中","低"][i%3],f"措施{i}严格执行"])
    wb.close()
t = time.time()
res = collect_inbox([base/"in"], jobs=1)
print(kind, os.environ.get("REPO","new"), f"{time.time()-t:.1f}s", len(res.posts), len(res.risks), len(res.issues), res.issues["code"].value_counts().head(5).to_dict())
