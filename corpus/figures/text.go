package figures

import (
	"strings"
	"unicode/utf8"
)

// text is one sentence prepared for scanning. Keywords are matched on n, a
// normalised copy of the runes (full-width forms folded to ASCII,
// Traditional characters folded to Simplified); everything returned to the
// caller is cut from r or s, so it stays as written.
type text struct {
	s   string
	r   []rune // runes as written (utf8.RuneError for invalid bytes)
	n   []rune // normalised runes, same length as r
	off []int  // byte offset of r[i] in s; off[len(r)] == len(s)
	// inName marks runes inside 《》, 〔〕, 【】 and [] brackets: titles and
	// document numbers, whose numbers are never figures.
	inName []bool
}

func newText(s string) *text {
	t := &text{s: s}
	n := utf8.RuneCountInString(s)
	t.r = make([]rune, 0, n)
	t.n = make([]rune, 0, n)
	t.off = make([]int, 0, n+1)
	for i, c := range s {
		t.off = append(t.off, i)
		t.r = append(t.r, c)
		t.n = append(t.n, fold(c))
	}
	t.off = append(t.off, len(s))
	t.inName = make([]bool, len(t.r))
	depth := 0
	for i, c := range t.n {
		switch c {
		case '《', '〔', '【', '[', '〈':
			depth++
		case '》', '〕', '】', ']', '〉':
			if depth > 0 {
				depth--
				t.inName[i] = true
				continue
			}
		}
		t.inName[i] = depth > 0
	}
	return t
}

// str returns the original text of runes [a,b) as a string.
func (t *text) str(a, b int) string { return t.s[t.off[a]:t.off[b]] }

// nstr returns the normalised text of runes [a,b) as a string.
func (t *text) nstr(a, b int) string { return string(t.n[a:b]) }

// nAt returns the normalised rune at i, or 0 outside the sentence.
func (t *text) nAt(i int) rune {
	if i < 0 || i >= len(t.n) {
		return 0
	}
	return t.n[i]
}

// fold maps full-width ASCII to ASCII and the Traditional characters that
// occur in keywords and units to Simplified.
func fold(c rune) rune {
	switch {
	case c >= '０' && c <= '９':
		return c - '０' + '0'
	case c >= 'Ａ' && c <= 'Ｚ':
		return c - 'Ａ' + 'A'
	case c >= 'ａ' && c <= 'ｚ':
		return c - 'ａ' + 'a'
	case c < 0x80:
		return c
	}
	switch c {
	case '．':
		return '.'
	case '，':
		return ','
	case '；':
		return ';'
	case '：':
		return ':'
	case '！':
		return '!'
	case '？':
		return '?'
	case '（', '【', '〔', '［':
		return '(' // "18名县级医务人员【县人民医院10人…】": an aside
	case '）', '】', '〕', '］':
		return ')'
	case '％':
		return '%'
	case '「', '『':
		return '“' // corner quotes: "「十四五」末" reads as "“十四五”末"
	case '」', '』':
		return '”'
	case '＿':
		return '_'
	case '＊':
		return '*'
	case '＞':
		return '>'
	case '＜':
		return '<'
	case '＝':
		return '='
	case '～', '〜':
		return '~'
	case '－', '‐', '‑', '–', '—', '―':
		return '-'
	case '＋':
		return '+'
	case '／':
		return '/'
	case '≧':
		return '≥'
	case '≦':
		return '≤'
	case '　':
		return ' '
	case '﹪':
		return '%'
	}
	if s, ok := t2s[c]; ok {
		return s
	}
	return c
}

// tradPairs lists Traditional→Simplified pairs (two runes each) for the characters used by
// the keyword and unit tables.
const tradPairs = `
為为 達达 約约 計计 實实 現现 報报 發发 對对 從从 與与 較较 於于 餘余 萬万 億亿 個个 張张 臺台 項项
條条 輛辆 車车 戶户 歲岁 週周 噸吨 點点 劑剂 針针 冊册 塊块 處处 間间 場场 輪轮 組组 類类 種种 隊队
鐘钟 時时 頃顷 畝亩 學学 課课 縣县 區区 內内 經经 們们 這这 來来 後后 會会 總总 資资 額额 數数 務务
爭争 確确 劃划 須须 應应 幾几 蓋盖 並并 進进 開开 參参 獲获 將将 給给 讓让 過过 簽签 診诊 療疗 醫医
衛卫 員员 護护 藥药 費费 補补 檢检 長长 減减 規规 標标 準准 產产 動动 織织 辦办 設设 監监 導导 評评
審审 訪访 問问 調调 罰罚 沒没 結结 證证 認认 創创 傳传 預预 婦妇 兒儿 殘残 貧贫 濟济 償偿 險险 農农
鎮镇 鄉乡 級级 層层 門门 轉转 師师 專专 業业 術术 質质 環环 飲饮 廁厕 國国 際际 屆届 號号 齡龄 節节
紀纪 頭头 該该 強强 還还 當当 別别 漲涨 統统 誤误 訓训 錄录 請请 舉举 締缔 編编 篩筛 撥拨 銷销 養养
選选 記记 採采 徵征 製制 裝装 購购 備备 隨随 體体 獻献 幫帮 贈赠 義义 獎奖 勵励 換换 檔档 講讲 佈布
貼贴 掛挂 決决 關关 閉闭 談谈 驗验 籌筹 據据 轄辖 繼继 續续 顯显 測测 佔占 兩两 啟启 線线 氣气 隻只
鄰邻 傷伤 紅红 屬属 聯联 戰战 營营 圍围 優优 勢势 極极 範范 貢贡 廳厅 歷历 遲迟 擴扩 積积 負负 責责
協协 電电 話话 碼码 試试 樓楼 園园 館馆
`

var t2s = func() map[rune]rune {
	m := make(map[rune]rune)
	for _, f := range strings.Fields(tradPairs) {
		p := []rune(f)
		m[p[0]] = p[1]
	}
	return m
}()

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isLetter(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isHan(c rune) bool {
	return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF ||
		c >= 0xF900 && c <= 0xFAFF || c >= 0x20000 && c <= 0x2FA1F
}

func isSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\u00a0'
}

// isHardBoundary reports whether c ends a clause for labelling purposes.
// 、 is a soft boundary handled by the label code.
func isHardBoundary(c rune) bool {
	switch c {
	case ',', ';', ':', '。', '!', '?', '\n', '\r', '\t', '…', '｡':
		return true
	}
	return false
}
