// Command pinyingen writes pinyin.tsv, the toneless pinyin of every
// division's short form (its full name when it has none) in divisions.tsv,
// which package places embeds to read a place from a file name written in
// pinyin ("13_chongqing-yunyang-xinwen_2024.docx"). A character with a
// reading of its own in place names gives both (六安: liuan, luan), at most
// maxForms combinations; ü is written both as v and as u (吕 lv, lu), as
// people write it both ways.
// The readings come from github.com/mozillazg/go-pinyin (MIT licence).
//
//	go run ./internal/pinyingen < divisions.tsv > pinyin.tsv
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

// maxForms bounds the combinations of readings kept for one name.
const maxForms = 8

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "pinyingen:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out io.Writer) error {
	w := bufio.NewWriter(out)
	fmt.Fprintln(w, "# Toneless pinyin of each division's short form (full name when none), generated from")
	fmt.Fprintln(w, "# divisions.tsv by corpus/places/internal/pinyingen with github.com/mozillazg/go-pinyin v0.21.0 (MIT).")
	fmt.Fprintln(w, "# code\tpinyin forms (comma-separated)")
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return fmt.Errorf("bad line %q", line)
		}
		name := cols[2]
		if name == "" {
			name = cols[1]
		}
		forms := readings(name)
		if len(forms) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\n", cols[0], strings.Join(forms, ","))
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return w.Flush()
}

// placeReadings are the readings characters take in place names other
// than their usual one (重庆 chongqing, 长沙 changsha, 厦门 xiamen, 闵行
// minhang, 六安 luan). The library's other readings of a character are not
// used: rare ones (台 yi, 前 jian) would make genre words such as "yijian"
// read as places. (中牟 zhongmu, 歙县 shexian, 大埔 dabu, 繁峙 fanshi,
// 筠连 junlian, 句容 jurong, 荥经 yingjing, 莘县 shenxian, 柞水 zhashui.)
var placeReadings = map[rune][]string{
	'重': {"chong"}, '长': {"chang"}, '厦': {"xia"}, '行': {"hang"}, '乐': {"yue", "lao"}, '单': {"shan"},
	'六': {"lu"}, '蚌': {"beng"}, '番': {"pan"}, '洞': {"tong"}, '蔚': {"yu"}, '尉': {"yu"}, '铅': {"yan"},
	'浚': {"xun"}, '荥': {"xing", "ying"}, '犍': {"qian"}, '珲': {"hun"}, '莘': {"xin", "shen"}, '涡': {"guo"}, '泌': {"bi"},
	'阿': {"e"}, '枞': {"zong"}, '什': {"shi"}, '会': {"kuai"}, '都': {"du"}, '朝': {"zhao"}, '柏': {"bo"},
	'解': {"xie"}, '济': {"ji"}, '宿': {"su"}, '藏': {"zang"}, '曲': {"qu"},
	'牟': {"mu"}, '歙': {"she"}, '埔': {"bu"}, '峙': {"shi"}, '筠': {"jun"}, '句': {"ju"}, '柞': {"zha"},
}

// officialSpellings are names whose official romanisation is not their
// pinyin: 陕西 is Shaanxi, told apart from 山西 (Shanxi).
var officialSpellings = map[string][]string{"陕西": {"shaanxi"}}

// readings are the toneless pinyin spellings of name, sorted.
func readings(name string) []string {
	if o, ok := officialSpellings[name]; ok {
		return o
	}
	per := pinyin.Pinyin(name, pinyin.NewArgs())
	rs := []rune(name)
	if len(per) != len(rs) {
		return nil // a character without a reading
	}
	forms := []string{""}
	for i, usual := range per {
		var next []string
		for _, f := range forms {
			for _, r := range spellings(append(usual, placeReadings[rs[i]]...)) {
				if len(next) < maxForms {
					next = append(next, f+r)
				}
			}
		}
		forms = next
	}
	sort.Strings(forms)
	return forms
}

// spellings are the distinct readings of one character, ü as v and u.
func spellings(rs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rs {
		for _, s := range []string{r, strings.ReplaceAll(r, "v", "u")} {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}
