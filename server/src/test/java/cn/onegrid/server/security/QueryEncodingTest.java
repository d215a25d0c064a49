package cn.onegrid.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryEncodingTest {

  @Test
  void percentEncodedUtf8IsAccepted() {
    assertThat(QueryEncoding.isUtf8("q=%E9%87%91%E5%8D%8E&limit=10")).isTrue();
    assertThat(QueryEncoding.isUtf8("bbox=121.3,31.2&f=json")).isTrue();
  }

  @Test
  void bytesThatAreNoUtf8AreRefused() {
    assertThat(QueryEncoding.isUtf8("q=%ff%fe")).isFalse();
    assertThat(QueryEncoding.isUtf8("%ff")).isFalse();
    assertThat(QueryEncoding.isUtf8("q=%E9%87")).as("cut short").isFalse();
  }

  @Test
  void aBrokenEscapeIsRefused() {
    assertThat(QueryEncoding.isUtf8("q=%zz")).isFalse();
    assertThat(QueryEncoding.isUtf8("q=%4")).isFalse();
  }
}
