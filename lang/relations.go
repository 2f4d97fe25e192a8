package lang

// Relations is what package relation needs in one language: trigger
// words and patterns for alliances, deployments, supplies, sanctions,
// hostility and events, and the words that mark modality.
type Relations struct {
}
