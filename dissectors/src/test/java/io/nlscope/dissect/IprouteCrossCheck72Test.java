package io.nlscope.dissect;

import java.nio.file.Path;

/** {@link IprouteCrossCheckTest} on the crosscheck scenario recorded on Linux 7.2 (testdata/kernels/7.2). */
class IprouteCrossCheck72Test extends IprouteCrossCheckTest {
    @Override Path folder() { return TestData.root().resolve("testdata/kernels/7.2"); }
}
