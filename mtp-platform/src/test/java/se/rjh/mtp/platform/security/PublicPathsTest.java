package se.rjh.mtp.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Public paths are named narrowly: one level at a time, never a whole tree. */
class PublicPathsTest {

    @Test
    void acceptsNarrowPatternsAndRefusesWideOrNone() {
        assertThat(new PublicPaths("/api/acknowledgements/*", "/kvittens/*").patterns()).hasSize(2);
        assertThatThrownBy(() -> new PublicPaths("/api/**")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicPaths(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(PublicPaths::new).isInstanceOf(IllegalArgumentException.class);
    }
}
