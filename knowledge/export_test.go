package knowledge

// DecodeCompiled is decodeCompiled, for the tests.
var DecodeCompiled = decodeCompiled
