package figures

import (
	"sort"
	"strings"
)

// wordSet is a list of keywords (in Simplified, normalised form) sorted
// longest first, so that the first match is the longest.
type wordSet [][]rune

func newWordSet(list string) wordSet {
	var ws wordSet
	seen := map[string]bool{}
	for _, w := range strings.Fields(list) {
		if !seen[w] {
			seen[w] = true
			ws = append(ws, []rune(w))
		}
	}
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	return ws
}

// prefix returns the length of the longest word that n[i:lim] starts with.
func (ws wordSet) prefix(n []rune, i, lim int) int {
	for _, w := range ws {
		if i+len(w) <= lim && eqRunes(n[i:i+len(w)], w) {
			return len(w)
		}
	}
	return 0
}

// suffix returns the length of the longest word that n[lo:end] ends with.
func (ws wordSet) suffix(n []rune, lo, end int) int {
	for _, w := range ws {
		if end-len(w) >= lo && eqRunes(n[end-len(w):end], w) {
			return len(w)
		}
	}
	return 0
}

// has reports whether n is exactly one of the words.
func (ws wordSet) has(n []rune) bool {
	for _, w := range ws {
		if eqRunes(n, w) {
			return true
		}
	}
	return false
}

// index returns the first position in n[lo:hi] where a word starts, and
// the word's length, or -1.
func (ws wordSet) index(n []rune, lo, hi int) (int, int) {
	for i := lo; i < hi; i++ {
		if l := ws.prefix(n, i, hi); l > 0 {
			return i, l
		}
	}
	return -1, 0
}

func eqRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Qualifiers written before a number: bounds, approximations, cumulation.
var preQualifiers = newWordSet(`
达到 达 约 约为 大约 近 将近 接近 超过 超 逾 突破 高于 低于 不足 不到 大于 小于 多于 少于
不低于 不少于 不高于 不超过 不多于 不大于 不小于 至少 最高 最低 最多 仅 只有 累计 年均 平均 平均每年 年平均 每年
`)

// Symbols written before a number that qualify it.
const preSymbols = "><≥≤≈"

// Verbs of change; with a comparison base before them ("较上年提高",
// "同比下降") the whole phrase is the qualifier.
var changeVerbs = newWordSet(`
增长 提高 下降 降低 增加 减少 上升 提升 上涨 下滑 增 降 减 升 涨 跌 回落 攀升 跃升 缩短 延长 翻番 翻一番 翻了一番 倍增 翻了 翻 递增 递减
整合 调整 合并 压减 精简 缩减 撤并 归并 扩大 缩小 扩展 拓展 扩充 扩增
`)

// changeAdverbs stand between the start of a change and its verb ("从
// 3000余个已增加到约4.2万个").
var changeAdverbs = newWordSet(`已 已经 又 再 逐步 稳步 进一步 持续 均 分别 大幅 显著 明显`)

// comparedBy are the words of a difference that say it only after a
// comparison base ("比上年多6489张", "较全省高1.2个百分点"): alone they are
// no change ("多家", "高血压").
var comparedBy = newWordSet(`多 少 多出 少出 高 低 高出 低出`)

// perHeadWords say an amount is per head ("人均320元"). Between a verb or
// 从/由 and the number they are skipped ("补助标准提高到人均320元", "补助从
// 人均40元提高到45元"), so the label is what the amount is of; elsewhere
// ("按人均15元标准") they stay.
var perHeadWords = newWordSet(`人均 每人 每人每年 每人每月 每人每天 每人每日 每户每年 每户每月 每人每次 户均`)

// perPeriodWords say a value is a rate per day, week or month, written again
// before both ends of a change ("由每日不足500人份提高到每日14000人份").
var perPeriodWords = newWordSet(`每日 每天 每周 每月 日均 月均`)

// relativeYearWords name a year by the text's own ("提高到今年的40%").
var relativeYearWords = newWordSet(`今年 明年 去年 上年 当年 本年 年底 年末`)

// Comparison markers that introduce a base ("较2015年", "比上年", "同比").
var comparators = newWordSet(`较 比 同比 环比 较之 相比 相较 对比 按年 按月`)

// Words skipped between a label and its number: copulas, aspect words,
// adverbs and "reaching" verbs. They are not qualifiers.
var skipVerbs = newWordSet(`
为 是 有 共 一共 共有 计 共计 合计 总计 了 在 到 至 均 均为 都 已 已有 已经 已达 现有 分别 分别为 分别是 双双
分别达 分别在 控制在 保持在 保持 稳定在 维持在 提高到 提高至 下降到 下降至 降至 降到 升至 增至 提升至 提升到
整合为 调整为 合并为 压减为 精简为 缩减为 撤并为 归并为 提高为 增加为 减少为 下降为
上升到 上升至 增加到 增加至 减少到 减少至 降低到 降低至 降低为 增长到 增长至 增长为 上涨到 上涨至 攀升到 攀升至 回落到 回落至 下滑到 下滑至 缩短到 缩短至 缩短为 延长到 延长至 扩大到 扩大至 扩大为 缩小到 缩小至 缩小为 扩展到 扩展至 拓展到 拓展至 扩充到 扩充至 扩增到 扩增至 减至 升到 优化至 优化到 优化为 改善至 改善到 实现 完成 占到 占 进行 正 逐步 基本 也 亦 仍 还 将 要 需 应
跨上 迈上 跨过 迈过 站上 登上 跨越 迈入 跃上
逆势 相继 稳步 大幅 快速 平稳 较快 持续
力争 确保 继续 进一步 全部 明显 显著 又 再 和 及 与 以及 或 等 的 被
`)

// Words removed from the start of a label: places, periods, list markers,
// prepositions and reporting verbs.
var leadWords = newWordSet(`
全年 全县 全市 全区 全省 全州 全盟 全旗 全镇 全乡 全国 全系统 全委 全局 全院 全体 全域
我县 我市 我区 我省 我州 我镇 我乡 我局 我委 我院 我们 本县 本市 本区 本院 本单位 辖区内 该省 该市 该县 该区 该州
辖区 现有 目前 当前 现已 至今 迄今 今年 今年以来 以来 去年 上年 本年 本年度 本年度内 本年内 年度内 年内 当年 全年度
上半年 下半年 前三季度 一季度 二季度 三季度 四季度 第一季度 第二季度 第三季度 第四季度 年初 年底 年末 期间 同期
其中 其余 此外 另外 另 同时 并 且 而 又 还 即 以及 截至目前 截止目前 截止到目前 一年来 多年来 近年来 近年 半年
含 包括 包含 确保 力争 力求 争取 务必 必须 目标是 目标为 目标任务是 任务是 一是 二是 三是 四是 五是 六是 七是 八是 九是 十是 首先 其次 再次 最后 共 累计 共计 合计 总计 已 已经 均
此次 本次 这次 该次 对 为 在 按 按照 根据 依据 通过 由 从 向 将 把 被 和 与 及 的 了 共有 已有 中已 中有 中的 有 距离
主要原因是 原因是 主要是由于 主要是因为 主要是
能够使得 能够使 使得 促使 能够
`)

// Leading verbs removed when a noun phrase follows them
// ("报告传染病病例" → "传染病病例"), unless the phrase is a compound such as
// "完成率".
var leadVerbs = newWordSet(`报告 完成 实现 累计完成 共完成 累计报告 录入`)

// Runes that, directly after a leading verb, show the verb is part of a
// compound noun ("完成率", "报告数").
const compoundHeads = "率数量额值度比情任"

// Context words also removed from the end of a label ("…与全县").
var tailWords = newWordSet(`由 从 自 目前 当前 现已 现在 全县 全市 全区 全省 全镇 全乡 全国 我县 我市 我区 对 给 向 为 被 让 使 与 和 及 或 等 的 了 之中 其中 各 均`)

// coverageVerbs say whom a programme reaches ("惠及", "覆盖"): the people
// counted after them are counted for the programme named before.
var coverageVerbs = newWordSet(`惠及 覆盖 受益 惠及到 覆盖到 服务`)

// Content verbs: a label that is only one of these is completed with the
// object that follows the number ("投入500万元购置设备").
var contentVerbs = newWordSet(`
投入 投资 完成 实现 培训 走访 录用 录取 招聘 引进 组织 发现 邀请 下沉 举办 开展 建成 新建 建设 改造 设立
成立 建立 检查 抽检 监测 查处 取缔 发放 印发 编印 刊发 接待 出动 监督 立案 结案 罚款 处罚 罚没 救治
筛查 确诊 补偿 补助 受理 办理 接种 新增 支付 拨付 下拨 配套 争取 报销 调配 免除 设置 培养 派出 选派
接诊 诊疗 收治 治疗 会诊 转诊 签约 登记 上报 报送 收集 采集 征集 发送 制作 安装 购置 采购 配备 覆盖
随访 体检 献血 采血 参加 参与 惠及 帮扶 慰问 捐款 捐赠 义诊 派车 出诊 出车 救助 资助 奖励 表彰 评选
认定 创建 审核 审批 发证 换证 注册 备案 上传 录入 建档 摸排 排查 督查 督导 指导 考核 评估 召开 举行
宣传 发布 播放 张贴 悬挂 分发 赠送 安排 落实 解决 化解 调处 处理 处置 整改 整治 关闭 吊销 没收 查获
抽查 巡查 约谈 通报 曝光 培育 打造 挂牌 授牌 验收 投放 部署 支援 接收 收回 回收 筹集 筹资 支出 使用 治理 修复
消耗 节约 废止 清理 修订 制定 出台 办结 受益 访视 收到 刊登 上稿 编发 播出 开设 开办 聘请 聘用 招录 选拔 吸纳 安置
支持 推行 推进 实施 进行 在建 再建 未建 改建 扩建 续建 转移 输送 派驻 挂职 进修 轮训 复训 考试 考核 抽样 检测 化验 采样 送检 消杀 捕杀 处理 发布 提供 组建 评定 评定出 评选出 认定出 选出 确定 遴选
`)

// Words that end a following-object phrase.
var followStops = newWordSet(`
的 和 及 与 以及 或 等 已 已经 被 在 到 用于 属于 进行 开展 参加 参与 获得 得到 接受 实行 实施 落实 达到
全部 均已 均为 均达 均得 均在 均建成 均完成 均实现 均设立 均配备 均开展 均有 均能 都 正在 并 后留 将 给予 提供 纳入 通过 留在 录取 开设 建立 实现 完成 覆盖
中已 中有 中共 中的 至 重点 积极 认真 大力 全面 切实 进一步 深入 不断 努力 继续 加强 加快 推进 着力 扎实
稳步 全力 狠抓 抓好 严格 及时 充分 各地 各级 各单位 各县 各乡镇 同时 此外 另外
按照 按 依照 依据 根据 参照 对照
`)

// stopGuards lists, for one-rune follow stops, the runes before them that
// make them part of a word ("普及", "存在").
var stopGuards = map[rune]string{
	'及': "普涉危顾触波惠",
	'在': "存所现实内外",
	'到': "报达做受得遇",
	'等': "平同相",
	'和': "缓温柔平总",
	'与': "参给赋",
	'并': "合吞",
	'已': "",
	'被': "",
	'都': "首",
	'的': "目",
	'至': "甚以直乃",
}

// Natural places to cut a long label: the label keeps what follows them.
var cutAfter = newWordSet(`的 和 与 及 以及 对 在 将 把 通过 按 按照 根据 为 向 从 由 被 给 使 让 于 并 、 “ 》 共 累计 共计`)

// bareNouns name nothing alone: a count labelled only by one of them counts
// the parts of a text ("15个方面的重点任务", "南水北调西线6个工程"), not a
// result.
var bareNouns = newWordSet(`方面 工程 项目 任务 措施 领域 部分 环节 内容 问题 事项 类 种 个 条 点 步`)

// Marker words after which a label keeps only what follows
// ("通过…相结合的方式培训" → "培训").
var mannerWords = newWordSet(`方式 形式 途径 方法 办法`)

// Words that mark a figure as a goal when they occur earlier in the sentence.
var targetWords = newWordSet(`
力争 确保 目标 要求 计划 预计 争取 争创 力求 务必 必须 拟 不低于 不少于 不超过 不高于 不大于 不多于 控制在 任务数 指标值
应达到 需达到 须达到 要达到 要完成 要实现 达到要求 年将 目标任务为 目标任务是 原则上
还将 即将 将为 将新增 将新建 将建成 将完成 将实现 将投入 将开展 将启动 将建设 将提供 将覆盖 将培训 将达到
`)

// shareWords end the name of a share or a contribution ("占比", "贡献率").
var shareWords = newWordSet(`占比 比重 贡献率 份额 占有率`)

// comparisonOnly are labels that only compare a figure with a plan or an
// earlier value, or give the span it is counted over ("…主动公开政府信息共145
// 条,历年累计11046条"); they need the name of what is compared or counted.
var comparisonOnly = newWordSet(`超计划 超目标 超序时进度 超年度计划 超额 比上年 比去年 较上年 同比 环比 历年 历年累计 累计至今 至今`)

// Compounds in which a target word does not express a goal.
var targetExceptions = newWordSet(`
目标管理 目标责任 目标考核 目标绩效 目标任务的 目标人群 目标人数 目标人口 目标群体 目标对象 计划生育 计划免疫 计划怀孕 工作计划 计划执行 按要求 按照要求 按规定要求 为目标 规划计划 计划总结
要求进行 计生 对上争取 争取资金 争取项目 争取到 新争取 累计争取 共争取 已争取 成功争取 行动计划 工作要求 目标任务 计划新开工
超计划 按计划 完成计划 年度计划的 年计划的 全年计划的 目标任务的 超目标 完成目标 有关要求 相关要求 上级要求
任务数的 完成任务数 完成任务
`)

// Suffix qualifiers written after a unit.
var postQualifiers = newWordSet(`以上 以下 以内 之内 及以上 及以下 左右 上下 之上 之下`)

// Words after a number that make it a date, a year, a time or an ordinal.
var dateWords = newWordSet(`年 月 日 号 时 点 届 周年 季度 世纪 代 后 期间`)

// Label words that show a unitless number is an identifier.
var idLabels = newWordSet(`热线 电话 号码 编号 代码 邮编 批号 文号 编码 版本 账号 型号 帐号 传真 手机 座机 QQ 微信`)

// Conjunctions that start a new list item rather than an object.
var conjunctions = newWordSet(`和 及 与 以及 或 并 、`)

// Runes that end a metric name ("管理率", "人数"): a list item ending in
// one is complete on its own.
const metricHeads = "率数量比额值度"

// Runes that, starting the text after a number, show an event rather than
// the counted noun ("284人经会诊后…", "10人已入院").
const eventStarts = "经被已将在由从对向于把让使给再又均都也还仍正"
