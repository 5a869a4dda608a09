// Package indicators is the catalogue of standard health statistics
// indicators (人均预期寿命, 每千人口执业（助理）医师数, 次均门诊费用 …) and the
// matcher that maps a staff question or an extracted figure label onto them.
//
// The catalogue is data (catalogue.yaml, embedded), written from the public
// national definitions; the matcher is a mechanism over that data: exact hits
// of names, aliases and lay wordings first, then a weighted character
// unigram+bigram overlap against the same phrases, with unit hints from the
// question and penalties when the text names a look-alike indicator.
package indicators
