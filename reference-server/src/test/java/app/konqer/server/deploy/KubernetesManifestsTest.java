package app.konqer.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.ConfigVariable;
import app.konqer.server.RouteTable;
import app.konqer.server.RouteTable.Route;
import app.konqer.server.auth.Access;
import app.konqer.server.testing.TestServer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests in {@code k8s/} against the server they deploy: the variables they set are the server's,
 * secrets come only from the Secret, the probes hit public routes that exist, and the sizes are the design's.
 */
class KubernetesManifestsTest {
  private static final Path DIRECTORY = Path.of("k8s");
  /** The JVM's own variable, read by the java launcher: the image's heap sizing, replaceable per deployment. */
  private static final Set<String> JVM_VARIABLES = Set.of("JDK_JAVA_OPTIONS");
  private static final Set<String> SERVER_VARIABLES =
      Arrays.stream(ConfigVariable.values()).map(ConfigVariable::key).collect(Collectors.toSet());
  private static final Set<String> SECRET_VARIABLES = Arrays.stream(ConfigVariable.values())
      .filter(ConfigVariable::secret).map(ConfigVariable::key).collect(Collectors.toSet());

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static Map<String, Map<String, Object>> byKind;
  private static Map<String, Object> secretTemplate;

  @BeforeAll
  static void readManifests() throws IOException {
    byKind = new HashMap<>();
    for (Object resource : list(load("kustomization.yaml").get("resources"))) {
      Map<String, Object> manifest = load((String) resource);
      assertThat(byKind.put((String) manifest.get("kind"), manifest)).as("one %s", manifest.get("kind")).isNull();
    }
    secretTemplate = load("secret.example.yaml");
  }

  @Test
  void theKustomizationDeploysEverythingButTheSecretTemplate() {
    assertThat(byKind).containsOnlyKeys("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler",
        "PodDisruptionBudget");
    assertThat(secretTemplate.get("kind")).isEqualTo("Secret");
  }

  @Test
  void everyVariableIsTheServersOrTheJvms() {
    Set<String> named = new TreeSet<>(configMap().keySet());
    env().forEach(variable -> named.add((String) variable.get("name")));
    named.addAll(secretData().keySet());

    named.removeAll(SERVER_VARIABLES);
    named.removeAll(JVM_VARIABLES);

    assertThat(named).as("variables that are neither a ConfigVariable key nor JDK_JAVA_OPTIONS").isEmpty();
  }

  @Test
  void secretsComeOnlyFromTheSecretByKeyAndEveryOneIsWired() {
    String secretName = (String) map(secretTemplate.get("metadata")).get("name");
    Map<String, Object> wired = new HashMap<>();
    for (Map<String, Object> variable : env()) {
      Map<String, Object> from = map(variable.get("valueFrom"));
      assertThat(variable).as("%s is taken from the Secret, never written out", variable.get("name"))
          .doesNotContainKey("value");
      Map<String, Object> ref = map(from.get("secretKeyRef"));
      assertThat(ref.get("name")).isEqualTo(secretName);
      assertThat(ref.get("key")).isEqualTo(variable.get("name"));
      wired.put((String) variable.get("name"), ref);
    }

    assertThat(wired.keySet()).isEqualTo(SECRET_VARIABLES);
    assertThat(secretData().keySet()).isEqualTo(SECRET_VARIABLES);
    assertThat(configMap().keySet()).doesNotContainAnyElementsOf(SECRET_VARIABLES);
    assertThat(list(container().get("envFrom"))).allSatisfy(source -> assertThat(map(source)).containsOnlyKeys(
        "configMapRef"));
    assertThat(secretData().values()).allSatisfy(value -> assertThat((String) value).contains("REPLACE_ME"));
  }

  @Test
  void theProbesCallPublicRoutesOnTheServersPortAndLivenessLeavesTheDatabaseAlone() {
    List<Route> routes = RouteTable.of(server.server().app());
    Map<String, Object> port = map(list(container().get("ports")).get(0));

    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      Map<String, Object> get = map(map(container().get(probe)).get("httpGet"));
      assertThat(routes).as("%s %s", probe, get.get("path"))
          .contains(new Route("GET", (String) get.get("path"), Access.PUBLIC));
      assertThat(get.get("port")).isEqualTo(port.get("name"));
    }
    assertThat(map(map(container().get("livenessProbe")).get("httpGet")).get("path")).isEqualTo("/health/live");
    assertThat(map(map(container().get("readinessProbe")).get("httpGet")).get("path")).isEqualTo("/health");
    int readinessTimeoutMillis = (int) map(container().get("readinessProbe")).get("timeoutSeconds") * 1000;
    assertThat(readinessTimeoutMillis).as("the readiness probe outwaits the pool's connection timeout")
        .isGreaterThan(Integer.parseInt(setting(ConfigVariable.DB_CONNECT_TIMEOUT_MS)));
  }

  @Test
  void theContainerListensOnTheConfiguredPortAndTheServiceSendsThere() {
    Map<String, Object> port = map(list(container().get("ports")).get(0));

    assertThat(port.get("containerPort")).isEqualTo(Integer.parseInt(setting(ConfigVariable.PORT)));
    assertThat(setting(ConfigVariable.PORT)).isEqualTo(ConfigVariable.PORT.defaultValue());
    Map<String, Object> service = map(byKind.get("Service").get("spec"));
    assertThat(map(list(service.get("ports")).get(0)).get("targetPort")).isEqualTo(port.get("name"));
    assertThat(service.get("selector")).isEqualTo(podLabels());
  }

  @Test
  void threeReplicasOfHalfACoreAndHalfAGibibyteThatTheHpaAndThePdbKeepAvailable() {
    Map<String, Object> deployment = byKind.get("Deployment");
    Map<String, Object> resources = map(container().get("resources"));
    Map<String, Object> hpa = map(byKind.get("HorizontalPodAutoscaler").get("spec"));
    Map<String, Object> pdb = map(byKind.get("PodDisruptionBudget").get("spec"));

    assertThat(map(deployment.get("spec")).get("replicas")).isEqualTo(3);
    for (String bound : List.of("requests", "limits")) {
      assertThat(map(resources.get(bound))).containsEntry("memory", "512Mi").containsEntry("cpu", "500m");
    }
    assertThat(byKind.get("HorizontalPodAutoscaler").get("apiVersion")).isEqualTo("autoscaling/v2");
    assertThat(hpa.get("minReplicas")).isEqualTo(3);
    assertThat(map(hpa.get("scaleTargetRef")).get("name")).isEqualTo(map(deployment.get("metadata")).get("name"));
    assertThat(map(map(list(hpa.get("metrics")).get(0)).get("resource")).get("name")).isEqualTo("cpu");
    assertThat(map(pdb.get("selector")).get("matchLabels")).isEqualTo(podLabels());
  }

  @Test
  void theServerStopsWithinTheGracePeriodAndRunsLockedDown() {
    Map<String, Object> pod = podSpec();
    int pause = (int) map(map(map(container().get("lifecycle")).get("preStop")).get("sleep")).get("seconds");
    int drain = Integer.parseInt(setting(ConfigVariable.SHUTDOWN_GRACE_SECONDS));

    assertThat((int) pod.get("terminationGracePeriodSeconds")).isGreaterThan(pause + drain);
    assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 10001);
    Map<String, Object> container = map(container().get("securityContext"));
    assertThat(container).containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false);
    assertThat(map(container.get("capabilities")).get("drop")).isEqualTo(List.of("ALL"));
    assertThat(list(container().get("volumeMounts"))).extracting(mount -> map(mount).get("mountPath"))
        .contains("/tmp");
  }

  private static String setting(ConfigVariable variable) {
    Object value = configMap().get(variable.key());
    return value == null ? variable.defaultValue() : (String) value;
  }

  private static Map<String, Object> configMap() {
    return map(byKind.get("ConfigMap").get("data"));
  }

  private static Map<String, Object> secretData() {
    return map(secretTemplate.get("stringData"));
  }

  private static Map<String, Object> podSpec() {
    return map(map(map(byKind.get("Deployment").get("spec")).get("template")).get("spec"));
  }

  private static Object podLabels() {
    return map(map(map(byKind.get("Deployment").get("spec")).get("template")).get("metadata")).get("labels");
  }

  private static Map<String, Object> container() {
    List<Object> containers = list(podSpec().get("containers"));
    assertThat(containers).hasSize(1);
    return map(containers.get(0));
  }

  private static List<Map<String, Object>> env() {
    return list(container().get("env")).stream().map(KubernetesManifestsTest::map).toList();
  }

  private static Map<String, Object> load(String file) throws IOException {
    try (Reader reader = Files.newBufferedReader(DIRECTORY.resolve(file))) {
      return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Object>) node;
  }
}
