package figures

// A count of people is often written with no counter, the people's noun
// right after the number: "共有8000余村民与镇卫生院…签订了家庭医生服务协议"
// ("惠及3000多名群众" has one, "惠及3000多群众" none). figureAt reads such a
// number as a count of them, in 人.

// countedPeople name people right after a bare number.
var countedPeople = newWordSet(`村民 居民 农民 市民 群众 患者 病人 老人 老年人 儿童 学生 妇女 孕产妇 产妇 职工 党员 干部 志愿者 农户 贫困人口 困难群众 适龄儿童 新生儿`)
