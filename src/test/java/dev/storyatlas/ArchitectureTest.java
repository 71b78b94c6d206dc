package dev.storyatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the code: feature packages without cycles, the story model free of any UI. */
@AnalyzeClasses(packages = "dev.storyatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles =
            slices().matching("dev.storyatlas.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_story_model_knows_nothing_of_the_ui = noClasses()
            .that().resideInAPackage("dev.storyatlas.story..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "software.xdev..", "dev.storyatlas.map..");

    @ArchTest
    static final ArchRule the_framework_workarounds_know_no_feature = noClasses()
            .that().resideInAPackage("dev.storyatlas.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.storyatlas.story..", "dev.storyatlas.map..",
                    "dev.storyatlas.embed..", "dev.storyatlas.api..", "dev.storyatlas.base..");

    @ArchTest
    static final ArchRule only_the_story_map_touches_the_leaflet_add_on = noClasses()
            .that().doNotHaveSimpleName("StoryMap")
            .should().dependOnClassesThat().resideInAPackage("software.xdev..");
}
