package dev.cairn.api.event;

/**
 * An event of a user import job (the UserImportJob aggregate, keyed by the job id). The pool's
 * read model keeps its jobs, so these are pool events too.
 */
public interface UserImportJobEvent extends UserPoolEvent {

    String jobId();
}
