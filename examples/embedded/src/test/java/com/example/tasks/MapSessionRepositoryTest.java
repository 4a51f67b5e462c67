package com.example.tasks;

import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.contract.SessionRepositoryContract;
import dev.taskorchestrator.testkit.memory.InMemoryStore;

// README: contract
/** Our adapter held to the orchestrator's contract for its port: every case the suite has. */
class MapSessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected StorePorts createStore() {
        StorePorts theRest = new InMemoryStore().ports();
        return new StorePorts(theRest.tasks(), new MapSessionRepository(), theRest.artifacts(), theRest.events(),
                theRest.lifecycle(), theRest.requests(), theRest.unitOfWork());
    }
}
// README: end
