package dev.cdclab.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's entries are read strictly and made real exactly as declared; a change that cannot apply is the catalogue's bug. */
class CatalogueTest {
    @TempDir
    Path project;

    private Path solutions() throws IOException {
        Path solutions = Files.createDirectories(project.resolve("solutions/lesson04"));
        Files.writeString(solutions.resolve("connector.json"),
                "{\"name\": \"c\", \"config\": {\"snapshot.mode\": \"initial\", \"topic.prefix\": \"mysql\"}}");
        Files.writeString(project.resolve("solutions/lesson04/topics.json"), "{\"topics\": [{\"name\": \"h\", \"partitions\": 1}]}");
        return project.resolve("solutions");
    }

    private CatalogueEntry entry(String kind, String name, String json) throws IOException {
        Path file = Files.createDirectories(project.resolve("grading/catalogue/" + kind)).resolve(name + ".json");
        Files.writeString(file, json);
        return Catalogue.parse(project.resolve("grading/catalogue"), file);
    }

    @Test
    void an_entry_has_its_name_its_kind_from_its_folder_its_lesson_and_its_checks_with_their_fragments() throws IOException {
        CatalogueEntry entry = entry("hostile", "huge", "{\"lesson\": \"L04\", \"mistake\": \"m\", \"changes\": "
                + "[{\"file\": \"lesson04/connector.json\", \"bytes\": 10}], \"fails\": {\"L04.a\": \"at most\"}}");

        assertThat(entry.name()).isEqualTo("huge");
        assertThat(entry.kind()).isEqualTo("hostile");
        assertThat(entry.lesson()).isEqualTo("L04");
        assertThat(entry.fails()).containsEntry("L04.a", "at most");
        assertThat(entry.changes()).singleElement().isInstanceOf(Change.Filler.class);
    }

    @Test
    void an_entry_without_what_it_must_lose_is_refused_naming_its_file() {
        assertThatThrownBy(() -> entry("wrong", "vague", "{\"lesson\": \"L04\", \"mistake\": \"m\", \"changes\": []}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vague.json").hasMessageContaining("\"fails\"");
    }

    @Test
    void json_changes_set_nested_values_and_list_items_and_remove_keys() throws IOException {
        CatalogueEntry entry = entry("wrong", "several", "{\"lesson\": \"L04\", \"mistake\": \"m\", \"changes\": ["
                + "{\"file\": \"lesson04/connector.json\", \"json\": [\"config\", \"snapshot.mode\"], \"value\": \"no_data\"},"
                + "{\"file\": \"lesson04/connector.json\", \"json\": [\"config\", \"topic.prefix\"], \"remove\": true},"
                + "{\"file\": \"lesson04/topics.json\", \"json\": [\"topics\", \"0\", \"partitions\"], \"value\": 3}],"
                + "\"fails\": {\"L04.a\": \"x\"}}");

        Path variant = Variants.build(solutions(), entry);
        try {
            String connector = Files.readString(variant.resolve("lesson04/connector.json"));
            assertThat(connector).contains("\"snapshot.mode\" : \"no_data\"").doesNotContain("topic.prefix");
            assertThat(Files.readString(variant.resolve("lesson04/topics.json"))).contains("\"partitions\" : 3");
            assertThat(Files.readString(project.resolve("solutions/lesson04/connector.json"))).contains("initial");
        } finally {
            Variants.delete(variant);
        }
        assertThat(variant).doesNotExist();
    }

    @Test
    void a_replacement_must_find_its_text_exactly_once() throws IOException {
        CatalogueEntry entry = entry("wrong", "nowhere", "{\"lesson\": \"L04\", \"mistake\": \"m\", \"changes\": ["
                + "{\"file\": \"lesson04/connector.json\", \"replace\": \"not in the file\", \"with\": \"x\"}],"
                + "\"fails\": {\"L04.a\": \"x\"}}");

        assertThatThrownBy(() -> Variants.build(solutions(), entry))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly once");
    }

    @Test
    void repeated_texts_are_written_in_order_so_many_times_each() throws IOException {
        CatalogueEntry entry = entry("hostile", "deep", "{\"lesson\": \"L04\", \"mistake\": \"m\", \"changes\": ["
                + "{\"file\": \"lesson04/connector.json\", \"repeat\": [[\"[\", 3], [\"0\"], [\"]\", 3]]}], \"fails\": {\"L04.a\": \"x\"}}");

        Path variant = Variants.build(solutions(), entry);
        try {
            assertThat(variant.resolve("lesson04/connector.json")).hasContent("[[[0]]]");
        } finally {
            Variants.delete(variant);
        }
    }

    @Test
    void raw_bytes_are_written_as_they_are() throws IOException {
        CatalogueEntry entry = entry("hostile", "latin1", "{\"lesson\": \"L04\", \"mistake\": \"m\", \"changes\": ["
                + "{\"file\": \"lesson04/connector.json\", \"base64\": \"/w==\"}], \"fails\": {\"L04.a\": \"x\"}}");

        Path variant = Variants.build(solutions(), entry);
        try {
            assertThat(Files.readAllBytes(variant.resolve("lesson04/connector.json"))).containsExactly((byte) 0xff);
        } finally {
            Variants.delete(variant);
        }
    }

    @Test
    void the_projects_own_catalogue_loads_and_every_entry_declares_checks_of_its_lesson() {
        List<CatalogueEntry> entries = Catalogue.load(Path.of("grading/catalogue"));

        assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries).filteredOn(entry -> !entry.isRight()).allSatisfy(entry -> {
            assertThat(entry.fails()).isNotEmpty();
            assertThat(entry.fails().keySet()).allMatch(id -> id.startsWith(entry.lesson() + "."));
            assertThat(entry.fails().values()).allMatch(fragment -> !fragment.isBlank());
        });
        assertThat(entries).extracting(CatalogueEntry::kind).containsOnly("wrong", "hostile", "right");
        assertThat(entries).filteredOn(CatalogueEntry::isRight).as("right answers, in every lesson")
                .hasSizeGreaterThanOrEqualTo(30)
                .extracting(CatalogueEntry::lesson).contains("L01", "L02", "L03", "L04", "L05");
    }

    @Test
    void a_right_answer_loses_nothing_and_a_wrong_entry_loses_something_or_the_entry_is_refused() {
        assertThatThrownBy(() -> entry("right", "claims-a-loss", "{\"lesson\": \"L04\", \"mistake\": \"m\", \"changes\": [],"
                + " \"fails\": {\"L04.a\": \"x\"}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("claims-a-loss.json").hasMessageContaining("must be {}");
        assertThatThrownBy(() -> entry("wrong", "loses-nothing", "{\"lesson\": \"L04\", \"mistake\": \"m\", \"changes\": [],"
                + " \"fails\": {}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("loses-nothing.json");
    }

    @Test
    void every_entry_of_the_projects_catalogue_applies_to_the_solutions() {
        assertThat(Catalogue.load(Path.of("grading/catalogue"))).allSatisfy(entry -> {
            Path variant = Variants.build(Path.of("solutions"), entry);
            Variants.delete(variant);
        });
    }
}
