package places

import (
	"regexp"
	"strings"
)

// Long names of banners and autonomous counties are written contracted:
// 科尔沁左翼中旗 as 科左中旗, 乌拉特中旗 as 乌中旗, 土默特左旗 as 土左旗,
// 喀喇沁左翼蒙古族自治县 as 喀左, 阜新蒙古族自治县 as 阜蒙. The contraction
// keeps the name's first character and the words that tell neighbours
// apart (左/右 of the wing, 前/中/后 of the banner).

var (
	// wingBanner: "科尔沁左翼中旗", "察哈尔右翼前旗", "乌拉特中旗".
	wingBanner = regexp.MustCompile(`^(\p{Han})\p{Han}+?(?:(左|右)翼)?(前|中|后)旗$`)
	// sideBanner: "土默特左旗", "阿拉善右旗".
	sideBanner = regexp.MustCompile(`^(\p{Han})\p{Han}+?(左|右)旗$`)
	// wingCounty: "喀喇沁左翼蒙古族自治县".
	wingCounty = regexp.MustCompile(`^(\p{Han})\p{Han}+?(左|右)翼\p{Han}*自治县$`)
)

// contractions are the contracted forms of a division's name, if any.
func contractions(name, short string) []string {
	var out []string
	switch {
	case wingBanner.MatchString(name):
		m := wingBanner.FindStringSubmatch(name)
		out = append(out, m[1]+m[2]+m[3]+"旗")
	case sideBanner.MatchString(name):
		m := sideBanner.FindStringSubmatch(name)
		out = append(out, m[1]+m[2]+"旗")
	case wingCounty.MatchString(name):
		m := wingCounty.FindStringSubmatch(name)
		out = append(out, m[1]+m[2])
	case strings.HasSuffix(name, "蒙古族自治县") && len([]rune(short)) >= 2:
		out = append(out, string([]rune(short)[:1])+"蒙") // 阜新 → 阜蒙
	}
	return out
}
