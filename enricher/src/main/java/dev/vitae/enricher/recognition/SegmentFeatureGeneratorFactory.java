package dev.vitae.enricher.recognition;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets a feature descriptor name {@link SegmentFeatureGenerator} ({@code <generator class="…SegmentFeatureGeneratorFactory"/>}). */
public final class SegmentFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new SegmentFeatureGenerator();
    }
}
