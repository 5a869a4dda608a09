package figures

// attendanceVerbs, right after a count of people, say those people attended
// something: "…县域医共体牵头单位负责人等共计600余人参加", "共80余人参加了会议".
// The count is the attendance; the words before it only say who came.
var attendanceVerbs = newWordSet(`参加 出席 参会 与会 到会 列席 参训`)

// attendedEvents end what attendance is counted for when it is named after
// the verb ("参加培训", "出席了开班仪式").
var attendedEvents = newWordSet(`会 会议 大会 培训 培训班 活动 仪式 论坛 讲座 考试 比赛 竞赛 演练 座谈会 启动会 推进会 观摩会`)

// meetings are the events whose attendance is the bare 参加人数.
var meetings = newWordSet(`会 会议 大会 座谈会 启动会 推进会 观摩会 仪式 论坛 讲座`)

// attendanceLabel names a count of people followed by an attendance verb:
// 参加人数 (also for a meeting named after the verb), 参加培训人数 for 参训,
// or 参加X人数 when another short event X follows ("参加比赛"). end is where
// the words it consumed end; ok is false when the count is no attendance or
// the verb is followed by words that name it better ("参加无偿献血").
func attendanceLabel(t *text, c *cand, lim int) (label phrase, end int, ok bool) {
	switch c.unit.base {
	case "人", "名", "位":
	default:
		return phrase{}, 0, false
	}
	n := t.n
	k := c.se
	for k < lim && isSpace(n[k]) {
		k++
	}
	l := attendanceVerbs.prefix(n, k, lim)
	if l == 0 {
		return phrase{}, 0, false
	}
	trained := string(n[k:k+l]) == "参训"
	k += l
	end = k
	if k < lim && n[k] == '了' {
		k++
	}
	// The event, if one is named: the runes up to a boundary, at most
	// six, ending in an event word ("培训", "会议").
	event := ""
	stop := k
	for stop < lim && stop-k < 6 && !isHardBoundary(n[stop]) && n[stop] != '、' && !isDigit(n[stop]) {
		stop++
	}
	for e := stop; e > k; e-- {
		if attendedEvents.suffix(n, k, e) > 0 {
			event = string(n[k:e])
			end = e
			break
		}
	}
	switch {
	case trained:
		return newPhrase("参加培训人数"), end, true
	case event == "" && (k >= lim || isHardBoundary(n[k])):
		return newPhrase("参加人数"), end, true
	case event != "" && len([]rune(event)) <= 3 && meetings.has([]rune(event)):
		// "参加了会议": a meeting's attendance is what a bare one counts.
		return newPhrase("参加人数"), end, true
	case event != "" && len([]rune(event)) <= 3:
		return newPhrase("参加" + event + "人数"), end, true
	}
	// "参加无偿献血", "出席全县卫生健康工作会议": what follows names the
	// figure better than a bare attendance.
	return phrase{}, 0, false
}
