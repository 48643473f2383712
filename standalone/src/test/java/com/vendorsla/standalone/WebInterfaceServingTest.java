package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface is served at / without credentials, its addresses answer index.html (a deep link survives a
 * reload), and the platform's own paths stay what they were. Shares the context of {@link WalkingSkeletonScenarioTest}.
 */
@TestPropertySource(properties = "sla.read-your-writes.timeout=1s")
class WebInterfaceServingTest extends StandaloneHttpTest {

    @Test
    void givenNoCredentials_whenOpeningTheRoot_thenTheWebInterfacesPage() {
        Reply page = get(null, "/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"root\"></div>").contains("/assets/");
        assertThat(page.header("Cache-Control")).contains("no-cache");
    }

    @Test
    void givenADeepLink_whenReloaded_thenTheSamePageForTheAppsRouterToShow() {
        String index = get(null, "/").body();

        for (String address : new String[] {"/vendors", "/vendors/vnd-7b34e590-38fe-3689-a767-5ea1180fb9b3",
                "/agreements/agr-1/periods/2026-02", "/signin/callback"}) {
            Reply page = get(null, address);
            assertThat(page.status()).as(address).isEqualTo(200);
            assertThat(page.body()).as(address).isEqualTo(index);
        }
    }

    @Test
    void givenTheBuiltAssets_whenFetched_thenServedAndCachedForGood() {
        String index = get(null, "/").body();
        String script = index.replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");

        Reply asset = get(null, script);

        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(get(null, "/ui-config.json").body()).contains("\"auth\"");
    }

    @Test
    void givenAMissingFile_whenFetched_thenA404ProblemAndNotThePage() {
        Reply missing = get(null, "/assets/missing-0000.js");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void givenThePlatformsOwnPaths_whenUnknown_thenTheyStayProblems() {
        Reply api = get("manager", "/api/nothing-here");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");

        assertThat(get(null, "/api/worklist").status()).isEqualTo(401);
        assertThat(get(null, "/actuator/nothing").header("Content-Type")).doesNotStartWith("text/html");
        assertThat(get(null, "/v3/nothing").header("Content-Type")).doesNotStartWith("text/html");
        assertThat(get(null, "/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void appAddressesAreThoseOutsideThePlatformsPathsWithoutAFileExtension() {
        assertThat(WebInterface.isAppAddress("")).isTrue();
        assertThat(WebInterface.isAppAddress("vendors/vnd-1")).isTrue();
        assertThat(WebInterface.isAppAddress("agreements/agr-1/periods/2026-02")).isTrue();
        assertThat(WebInterface.isAppAddress("api/anything")).isFalse();
        assertThat(WebInterface.isAppAddress("actuator/health")).isFalse();
        assertThat(WebInterface.isAppAddress("v3/api-docs")).isFalse();
        assertThat(WebInterface.isAppAddress("swagger-ui/index.html")).isFalse();
        assertThat(WebInterface.isAppAddress("assets/app.js")).isFalse();
    }
}
