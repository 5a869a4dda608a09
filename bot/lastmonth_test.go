package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// "上个月" asks the month before the day asked: April's new cases, in May,
// not February's the same sentence gives first (made-up news).
func TestLastMonthAsked(t *testing.T) {
	ix := indexOfTexts(t, map[string]string{
		"云溪省手足口病.txt": "云溪省手足口病进入高发期\n2014年以来,云溪省手足口病疫情维持在较高水平。省卫生计生委通报的数据是:2月,云溪省手足口病新发病例2203例,3月增长到12648例,死亡1例;4月,新发病例33370例,死亡2例。\n",
	})
	may := time.Date(2014, 5, 25, 0, 0, 0, 0, time.Local)
	b := bot.New(ix, nil, nil, bot.Options{Now: func() time.Time { return may }})
	a := ask(t, b, nil, "云溪省上个月手足口病新发了多少例？")
	if !strings.Contains(firstLine(a.Text), "33370例") {
		t.Errorf("want April's 33370例:\n%s", a.Text)
	}
}
