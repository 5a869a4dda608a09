package bot_test

import (
	"strings"
	"testing"
)

// Why a budget line fell is the "主要是…" right after that line, not the
// reasons given for the other lines (made-up budget news).
func TestReasonAfterItsLine(t *testing.T) {
	b := botOver(t, map[string]string{
		"省级卫生预算.txt": "今年省级财政的钱花向哪里?云溪省财政厅晒出了2016年省级财政预算的详细账单。\n2016年省级卫生健康支出预算数为124.29亿元,比2015年执行数增加39.87亿元。\n花在这些地方:\n" +
			"(1)卫生健康管理事务预算数为5.28亿元,比2015年执行数增加0.1亿元,增长1.9%。主要是办公楼维修支出增加。\n" +
			"(2)公立医院预算数为34.32亿元,比2015年执行数减少0.45亿元,下降1.3%。主要是2015年安排了部分一次性的基本建设支出,2016年年初预算不再安排。\n" +
			"(3)基层医疗卫生机构预算数为0.73亿元,比2015年执行数增加0.24亿元,增长49%。主要是设备购置支出增加。\n" +
			"(4)医疗保障预算数为50.51亿元,比2015年执行数增加37.81亿元,增长297.7%。主要是医疗保险改革支出执行中转列对地方转移支付支出。\n",
	})
	a := ask(t, b, nil, "2016年云溪省省级公立医院的预算怎么反倒比上年少了？啥原因？")
	if !strings.Contains(a.Text, "一次性的基本建设支出") {
		t.Errorf("want the reason given for 公立医院:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "办公楼维修") {
		t.Errorf("another line's reason given:\n%s", a.Text)
	}
}
