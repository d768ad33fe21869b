package nlu

// EasterForTest exposes the computus to the external tests.
var EasterForTest = easter
