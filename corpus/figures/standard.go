package figures

import "regexp"

// standardOf matches the label the extractor gives a standard a measure is
// held against ("达到国家要求的90%以上" → "达到国家要求"): the standard's
// name in group 1. versusPrevious names it with the measure before it
// ("常规免疫疫苗接种率国家要求"), a goal, not the level reached.
var standardOf = regexp.MustCompile(`^(?:达到|高于|超过|超出|优于|低于|符合|满足)了?((?:国家|全国|省|省级|市|市级|上级|省市|国家规定|省定|市定)(?:要求|标准|规定|目标|目标值|考核要求|考核目标|控制目标|控制线))的?$`)
