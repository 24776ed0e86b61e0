#pragma once

namespace oc {

// A thread that waits on slow work done elsewhere (an Argon2id hash on the hashing threads
// of PasswordHasher) says so for the time of the wait, so that whoever runs the thread can
// lend its place meanwhile: the billing API server's worker pool lets another worker take
// a request, so that a login in flight does not leave the other clients one core short.
class SlowWait
{
public:
    // Told when a thread begins and ends such a wait; set per thread.
    class Observer
    {
    public:
        virtual ~Observer() = default;
        virtual void beginSlowWait() = 0;
        virtual void endSlowWait() = 0;
    };
    // The calling thread's observer (null: none).
    static void setObserver(Observer *observer);

    SlowWait();
    ~SlowWait();
    SlowWait(const SlowWait &) = delete;
    SlowWait &operator=(const SlowWait &) = delete;

private:
    Observer *m_observer;
};

} // namespace oc
