package io.nlscope.dissect;

import java.nio.file.Path;

/** {@link IprouteCrossCheckTest} on the crosscheck scenario recorded on Linux 6.12 (testdata/kernels/6.12). */
class IprouteCrossCheck612Test extends IprouteCrossCheckTest {
    @Override Path folder() { return TestData.root().resolve("testdata/kernels/6.12"); }
}
