package corpus

func extractFigures(work string, rep *Report) []Figure { return nil }
