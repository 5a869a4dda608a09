package figures

import "strings"

// breakdownEnds end the head of a colon that introduces the parts of a
// whole: "主要死因构成：早产17.8%、出生窒息17.6%", "病种分布：…".
var breakdownEnds = []string{"构成", "分布", "顺位", "排位", "组成"}

// serviceEnds end the head of a colon naming the service or body whose
// counts follow: "“12320”卫生热线：", "市急救中心：".
var serviceEnds = []string{"热线", "中心", "平台", "血站"}

// maxColonHead bounds the runes of a colon's head kept in a label.
const maxColonHead = 10

// colonHead is the head of the colon c's words follow in its sentence when
// that head names a breakdown ("主要死因构成"), so the parts listed after it
// keep what they are parts of; an empty phrase otherwise. The colon must
// be the last hard boundary before c's number, and the label must not
// already hold the head.
func colonHead(t *text, c *cand) phrase {
	colon := -1
	for k := c.num.a - 1; k >= 0; k-- {
		if isHardBoundary(t.n[k]) {
			if t.n[k] == ':' {
				colon = k
			}
			break
		}
	}
	if colon < 0 {
		return phrase{}
	}
	hs := colon
	for hs > 0 && !isHardBoundary(t.n[hs-1]) {
		hs--
	}
	head := trimTail(trimLead(withoutQuotes(phrase{t.r[hs:colon], t.n[hs:colon]})))
	if l := outlineNumberLen(head.n); l > 0 {
		head = head.slice(l, len(head.n)) // "(一)收入预算": the head without its number
	}
	if len(head.r) < 3 || len(head.r) > maxColonHead || !hasHan(head) {
		return phrase{}
	}
	hn := string(head.n)
	ends := false
	for _, e := range breakdownEnds {
		ends = ends || strings.HasSuffix(hn, e)
	}
	for _, e := range serviceEnds {
		// "“12320”卫生热线:共呼入电话2331次": the calls are the hotline's,
		// not those of the 12356 line the next sentence counts.
		ends = ends || strings.HasSuffix(hn, e)
	}
	if !ends && genericAmounts[string(c.label.n)] {
		// "(一)收入预算:2025年年初预算数1211.02万元": the amount is the
		// budget's the head names, not any 预算数.
		for _, e := range financeEnds {
			ends = ends || strings.HasSuffix(hn, e)
		}
	}
	if !ends || strings.Contains(string(c.label.n), hn) {
		return phrase{}
	}
	return head
}

// outlineNumberLen is the length of an outline number opening n ("(一)",
// "（二）", "三、", "1."), 0 for none.
func outlineNumberLen(n []rune) int {
	if len(n) < 2 {
		return 0
	}
	if n[0] == '(' || n[0] == '（' {
		for k := 1; k < len(n) && k <= 4; k++ {
			if n[k] == ')' || n[k] == '）' {
				return k + 1
			}
			if !isCNNumeralRune(n[k]) && (n[k] < '0' || n[k] > '9') {
				return 0
			}
		}
		return 0
	}
	for k := 0; k < len(n) && k <= 3; k++ {
		if n[k] == '、' || n[k] == '.' {
			if k == 0 {
				return 0
			}
			return k + 1
		}
		if !isCNNumeralRune(n[k]) && (n[k] < '0' || n[k] > '9') {
			return 0
		}
	}
	return 0
}

// isCNNumeralRune reports whether r is a Chinese numeral of an outline
// number (一…十).
func isCNNumeralRune(r rune) bool { return chineseDigit(r) > 0 || r == '十' }

// genericAmounts are labels that name an amount of money and not what it
// is of: "预算数", "合计".
var genericAmounts = map[string]bool{"预算数": true, "年初预算数": true, "全年预算数": true, "决算数": true, "合计": true, "总计": true, "总额": true, "金额": true}

// financeEnds end the head of a colon naming a budget or account ("收入
// 预算", "支出决算", "财政拨款收入").
var financeEnds = []string{"预算", "决算", "收入", "支出", "经费", "拨款"}

// withColonHead writes a breakdown's head before a part's label:
// "主要死因构成：出生窒息".
func withColonHead(head phrase, label string) string {
	if head.empty() {
		return label
	}
	return string(head.r) + "：" + label
}

// HeadedAmount is a generic amount's label ("预算数") under the finance
// heading that names whose amount it is ("（一）收入预算", its text run in
// after it: "2025年年初预算数1211.02万元"): "收入预算：预算数", as a colon
// inside the sentence gives it. Any other label is returned as it is.
func HeadedAmount(heading, label string) string {
	if !genericAmounts[label] {
		return label
	}
	h := []rune(strings.TrimSpace(heading))
	if l := outlineNumberLen(h); l > 0 {
		h = h[l:]
	}
	head := strings.TrimRight(strings.TrimSpace(string(h)), ":：")
	n := len([]rune(head))
	if n < 3 || n > maxColonHead || strings.Contains(label, head) {
		return label
	}
	for _, e := range financeEnds {
		if strings.HasSuffix(head, e) {
			return head + "：" + label
		}
	}
	return label
}

// withoutQuotes is p without the quotation marks a name is set in
// ("“12320”卫生热线" → 12320卫生热线).
func withoutQuotes(p phrase) phrase {
	var out phrase
	for i, r := range p.n {
		if !strings.ContainsRune("“”\"‘’「」", r) {
			out.r = append(out.r, p.r[i])
			out.n = append(out.n, r)
		}
	}
	return out
}
