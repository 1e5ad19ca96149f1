// Unit tests run the detector as the CLI does: with the knowledge installed (tests of the degraded
// core uninstall it with installKnowledge(null) and put it back).
import '../src/detector/knowledge/bundled';
