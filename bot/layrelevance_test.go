package bot_test

import (
	"strings"
	"testing"
)

// A question padded with lay words no report writes ("老百姓家门口的社康")
// is judged on the words the reports do write (社康), and the clause giving
// the total after what was added answers "一共有几家" (made-up news).
func TestLayWordsNoPassageWritesAreNotCounted(t *testing.T) {
	b := botOver(t, map[string]string{
		"珠海市健康白皮书.txt": "珠海市发布2023年度居民健康白皮书\n记者从发布会获悉,2023年珠海新增社康机构40家,总数达512家,居民健康素养水平提升至41.2%。\n",
	})
	a := ask(t, b, nil, "珠海现在老百姓家门口的社康一共有几家了？")
	if !strings.Contains(a.Text, "512家") {
		t.Errorf("want the total of 社康机构, 512家:\n%s", a.Text)
	}
}
