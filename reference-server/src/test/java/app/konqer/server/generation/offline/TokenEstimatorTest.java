package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.RankedLead;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenEstimatorTest {
  private final TokenEstimator estimator = new TokenEstimator(KonqerJson.create());

  @Test
  void countsRunsOfLettersAndDigitsAndEachIdeographOnItsOwn() {
    assertThat(TokenEstimator.words("{\"warmth_score\":40,\"email\":\"a@b.example\"}")).isEqualTo(7);
    assertThat(TokenEstimator.words("物流 fleet")).isEqualTo(3);
    assertThat(TokenEstimator.words("")).isZero();
  }

  @Test
  void estimatesWordsOfInputAndOutputJsonDividedByThreeQuarters() {
    // input {"leads":[{"email":"a@b.example","signals":[]}]}: 6 words
    WarmrankerInput input = WarmrankerInput.builder().leads(List.of(new Lead("a@b.example", null, null, null)))
        .build();
    // output: ranked, email, a, b, example, warmth, score, 0, reasons, 5 words of reason, recommended, action,
    // 10 words of action: 26 words
    WarmrankerOutput output = new WarmrankerOutput(List.of(new RankedLead("a@b.example", 0,
        List.of("No engagement signals recorded yet"), "Deprioritize: try a new angle or channel in 30 days.")));

    // ceil(32 / 0.75) = 43
    assertThat(estimator.estimate(ServiceDefinitions.WARMRANKER, input, output)).isEqualTo(43);
  }
}
