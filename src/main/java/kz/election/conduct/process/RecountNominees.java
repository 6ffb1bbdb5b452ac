package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import org.springframework.stereotype.Component;

/** The same count at the extended close. */
@Component(ElectionModel.Elements.RECOUNT_NOMINEES)
class RecountNominees extends CountNominees {

    RecountNominees(ElectionProgress progress) {
        super(progress);
    }
}
