package lang

// Segmentation is what package segment needs to split sentences and
// tokens in one language.
type Segmentation struct {
}
