package org.oncotriage.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  @Test
  void figuresAreRightAlignedAndWordsLeftAligned() {
    ReportDocument doc =
        new ReportDocument()
            .table(
                List.of("Figure", "Value", "Assumption"),
                List.of(List.of("Route accuracy", "83.1% [80.2%, 85.9%]", "measured <here>")));
    String html = HtmlRenderer.render(doc, "t");
    assertThat(html)
        .contains("<td>Route accuracy</td>")
        .contains("<td class=\"num\">83.1% [80.2%, 85.9%]</td>")
        .contains("<td>measured &lt;here&gt;</td>");
  }

  @Test
  void picturesAreEmbeddedAsDataUris() {
    ReportDocument doc = new ReportDocument().image("c", () -> new byte[] {1, 2, 3});
    assertThat(HtmlRenderer.render(doc, "t")).contains("src=\"data:image/png;base64,AQID\"");
  }
}
